package dev.botwright.sample;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged sample bot running as a child process on loopback, with exactly the environment
 * given and its console captured to a file.
 */
final class SampleBotProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final Duration SHUTDOWN = Duration.ofSeconds(10);

  private final Process process;
  private final int port;
  private final Path output;

  private SampleBotProcess(Process process, int port, Path output) {
    this.process = process;
    this.port = port;
    this.output = output;
  }

  /**
   * Runs {@code java -jar jar} with the same {@code java} as this JVM, only {@code environment} set
   * (plus {@code PORT}), in {@code workDir}; returns once the port accepts connections.
   */
  static SampleBotProcess start(Path jar, Map<String, String> environment, Path workDir)
      throws IOException, InterruptedException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElseThrow(() -> new IllegalStateException("Cannot tell which java runs this test"));
    int port = freePort();
    Path output = workDir.resolve("sample-bot.out");
    ProcessBuilder builder =
        new ProcessBuilder(List.of(java, "-jar", jar.toAbsolutePath().toString()))
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().put("PORT", Integer.toString(port));
    SampleBotProcess bot = new SampleBotProcess(builder.start(), port, output);
    try {
      bot.awaitPort();
    } catch (RuntimeException | Error | InterruptedException e) {
      bot.close();
      throw e;
    }
    return bot;
  }

  int port() {
    return port;
  }

  /** The bot's webhook route, where GitHub would deliver. */
  URI webhookUrl() {
    return URI.create("http://127.0.0.1:" + port + "/api/github/webhooks");
  }

  /** Everything the bot printed so far. */
  String output() throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  Path outputFile() {
    return output;
  }

  private void awaitPort() throws InterruptedException, IOException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "The sample bot exited with "
                + process.exitValue()
                + " before listening:\n"
                + output());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new AssertionError(
        "The sample bot did not listen on port " + port + " within " + STARTUP + ":\n" + output());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
