package dev.botwright.redis;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} on a free loopback port, in a temporary directory under {@code
 * target/}. Tests are skipped when it is not installed, unless {@code
 * BOTWRIGHT_REDIS_TESTS=required} (CI), where they fail.
 */
final class RedisServer implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/bin/redis-server");

  private final int port;
  private final Path dir;
  private Process process;

  private RedisServer(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  /** Starts a server, or skips the calling test when redis-server is missing. */
  static RedisServer start() throws IOException {
    if (!Files.isExecutable(BINARY)) {
      String hint = "redis-server is not installed: apt-get install redis-server";
      if ("required".equals(System.getenv("BOTWRIGHT_REDIS_TESTS"))) {
        fail(hint + " (BOTWRIGHT_REDIS_TESTS=required)");
      }
      Assumptions.abort(hint);
    }
    Path target = Files.createDirectories(Path.of("target", "redis"));
    RedisServer server = new RedisServer(freePort(), Files.createTempDirectory(target, "run"));
    server.startProcess();
    return server;
  }

  String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts the server again on the same port (after {@link #stop}). */
  void startProcess() throws IOException {
    process =
        new ProcessBuilder(
                List.of(
                    BINARY.toString(),
                    "--port",
                    Integer.toString(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    dir.toAbsolutePath().toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("redis.log").toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (ping()) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    stop();
    fail("redis-server did not answer PING on port " + port + "; see " + dir.resolve("redis.log"));
  }

  /** Stops the server (like a crash: no save). */
  void stop() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  private boolean ping() {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(1000);
      socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      byte[] answer = new byte[7];
      int read = socket.getInputStream().read(answer);
      return read > 0 && new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
