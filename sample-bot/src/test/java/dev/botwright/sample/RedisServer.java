package dev.botwright.sample;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * A {@code redis-server} child process on a free loopback port, with an append-only file in a
 * directory of the test's, so that {@link #stop} and {@link #start} again keep the data.
 */
final class RedisServer implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/redis-server");

  private static final Duration STARTUP = Duration.ofSeconds(20);

  private final Path dir;
  private final int port;
  private @Nullable Process process;

  private RedisServer(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /**
   * Skips the calling test when {@code redis-server} is not installed, unless the environment says
   * {@code BOTWRIGHT_REDIS_TESTS=required} (as {@code .ci/run} does): then it fails.
   */
  static void assumeInstalled() {
    if (Files.isExecutable(BINARY)) {
      return;
    }
    String message =
        BINARY
            + " is missing: install Debian's redis-server package (apt-get install redis-server)"
            + " to run the Redis tests";
    if ("required".equals(System.getenv("BOTWRIGHT_REDIS_TESTS"))) {
      throw new AssertionError(message + " (BOTWRIGHT_REDIS_TESTS=required)");
    }
    Assumptions.abort(message);
  }

  /** Starts Redis with its data in {@code dir}. */
  static RedisServer start(Path dir) throws IOException, InterruptedException {
    assumeInstalled();
    Files.createDirectories(dir);
    RedisServer redis = new RedisServer(dir, BotJvm.freePort());
    redis.start();
    return redis;
  }

  /** Starts it (again) on the same port with the same data. */
  void start() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    BINARY.toString(),
                    "--port",
                    Integer.toString(port),
                    "--bind",
                    "127.0.0.1",
                    "--dir",
                    dir.toString(),
                    "--appendonly",
                    "yes",
                    "--save",
                    ""))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.out").toFile()));
    process = builder.start();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "redis-server exited with "
                + process.exitValue()
                + ":\n"
                + Files.readString(dir.resolve("redis.out"), StandardCharsets.UTF_8));
      }
      if (answersPing()) {
        return;
      }
      Thread.sleep(50);
    }
    close();
    throw new AssertionError("redis-server did not answer PING on port " + port);
  }

  private boolean answersPing() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      socket.setSoTimeout(1000);
      socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      byte[] answer = new byte[7];
      int read = socket.getInputStream().read(answer);
      return read > 0 && new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException notYet) {
      return false;
    }
  }

  /** {@code redis://127.0.0.1:<port>}, for {@code REDIS_URL}. */
  String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Stops Redis (SIGTERM: it writes its append-only file before it exits). */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
