package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.TestIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The packaged sample bot as a child JVM on a fixed loopback port, which can be killed with {@code
 * kill -9} and started again on the same port, environment and directories. Its console (all runs)
 * goes to {@code <name>.out} in the work directory.
 */
final class BotJvm implements AutoCloseable {

  static final Path JAR = Path.of("target/sample-bot.jar");

  /** The exit status of a process killed by SIGKILL (128 + 9). */
  private static final int KILLED_BY_SIGKILL = 137;

  /** The JVM flags of every test bot unless a test names its own: a roomy heap, quick start. */
  private static final List<String> TEST_FLAGS =
      List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final Duration SHUTDOWN = Duration.ofSeconds(15);

  private final String name;
  private final Map<String, String> environment;
  private final List<String> systemProperties;
  private final List<String> jvmFlags;
  private final Path workDir;
  private final Path output;
  private final int port;
  private @Nullable Process process;

  private BotJvm(
      String name,
      Map<String, String> environment,
      List<String> properties,
      List<String> jvmFlags,
      Path workDir)
      throws IOException {
    this.name = name;
    this.jvmFlags = jvmFlags;
    this.environment = environment;
    this.systemProperties = properties;
    this.workDir = workDir;
    this.output = workDir.resolve(name + ".out");
    this.port = freePort();
  }

  /**
   * The environment of a bot with {@code identity} against {@code github}, quiet logs and no {@code
   * .env}; add to it before {@link #start}.
   */
  static Map<String, String> environment(TestIdentity identity, StatefulGitHub github) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("APP_ID", identity.appId());
    env.put("PRIVATE_KEY", identity.privateKeyPem());
    env.put("WEBHOOK_SECRET", identity.webhookSecret());
    env.put("HOST", "127.0.0.1");
    env.put("GITHUB_API_URL", github.baseUrl());
    env.put("BOTWRIGHT_DOTENV", "false");
    env.put("LOG_LEVEL", "info");
    // Per-installation write pacing (one comment a second) would only make the tests slower.
    env.put("BOTWRIGHT_CLIENT_PACING", "false");
    return env;
  }

  /**
   * Starts the jar with exactly {@code environment} (plus {@code PORT}) and the JVM system
   * properties {@code -Dname=value} given; returns once it accepts connections.
   */
  static BotJvm start(
      String name, Map<String, String> environment, List<String> properties, Path workDir)
      throws IOException, InterruptedException {
    return startWithFlags(name, environment, TEST_FLAGS, properties, workDir);
  }

  /** {@link #start} with the JVM flags {@code jvmFlags} (e.g. an operator's heap settings). */
  static BotJvm startWithFlags(
      String name,
      Map<String, String> environment,
      List<String> jvmFlags,
      List<String> properties,
      Path workDir)
      throws IOException, InterruptedException {
    assertThat(JAR).as("built by the package phase").exists();
    Files.createDirectories(workDir);
    BotJvm bot =
        new BotJvm(
            name, Map.copyOf(environment), List.copyOf(properties), List.copyOf(jvmFlags), workDir);
    bot.restart();
    return bot;
  }

  /** {@link #start} on another thread, so that several bots start at once. */
  static CompletableFuture<BotJvm> startAsync(
      String name, Map<String, String> environment, List<String> properties, Path workDir) {
    Map<String, String> env = Map.copyOf(environment);
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return start(name, env, properties, workDir);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        });
  }

  /** Stops the bot {@code starting} gives, if it started, once it did. */
  static void close(CompletableFuture<BotJvm> starting, String test) throws InterruptedException {
    BotJvm bot;
    try {
      bot = starting.get(STARTUP.toSeconds() + 10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException notStarted) {
      return;
    }
    bot.close(test);
  }

  /** Starts the bot again (after {@link #kill}), same port and settings. */
  void restart() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " is still running");
    }
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElseThrow(() -> new IllegalStateException("Cannot tell which java runs this test"));
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmFlags);
    systemProperties.forEach(p -> command.add("-D" + p));
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    Files.writeString(
        output,
        "=== start " + name + " on port " + port + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().put("PORT", Integer.toString(port));
    Process started = builder.start();
    process = started;
    try {
      awaitPort(started);
    } catch (RuntimeException | Error | InterruptedException | IOException e) {
      close();
      throw e;
    }
  }

  /** {@code kill -9}: SIGKILL to the JVM, no shutdown hook runs. Waits until it is gone. */
  void kill() throws InterruptedException {
    Process process = started();
    process.destroyForcibly();
    assertThat(process.waitFor(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS))
        .as("%s gone after SIGKILL", name)
        .isTrue();
    assertThat(process.exitValue()).as("%s killed by SIGKILL", name).isEqualTo(KILLED_BY_SIGKILL);
  }

  /** Sends SIGTERM, as an orchestrator stopping the bot does, and returns at once. */
  void terminate() {
    started().destroy();
  }

  /**
   * Waits up to {@code timeout} for the JVM to exit; its exit status, or empty if still running.
   */
  java.util.OptionalInt awaitExit(Duration timeout) throws InterruptedException {
    Process process = started();
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
        ? java.util.OptionalInt.of(process.exitValue())
        : java.util.OptionalInt.empty();
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  long pid() {
    return started().pid();
  }

  private Process started() {
    Process started = process;
    if (started == null) {
      throw new IllegalStateException(name + " was never started");
    }
    return started;
  }

  URI webhookUrl() {
    return url("/api/github/webhooks");
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  int port() {
    return port;
  }

  String output() throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  private void awaitPort(Process process) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            name + " exited with " + process.exitValue() + " before listening:\n" + output());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError(name + " did not listen on " + port + " in time:\n" + output());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * Stops the bot gracefully (SIGTERM), forcibly when it takes too long, and keeps its console as
   * {@code target/<test>-<name>.log}.
   */
  void close(String test) throws InterruptedException {
    try {
      close();
    } finally {
      try {
        Files.copy(
            output,
            Path.of("target", test + "-" + name + ".log"),
            StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        // the kept copy only helps reading a failure; the test's outcome does not depend on it
      }
    }
  }

  /** Stops the bot gracefully (SIGTERM), forcibly when it takes too long. */
  @Override
  public void close() throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
