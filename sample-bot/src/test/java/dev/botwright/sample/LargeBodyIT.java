package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.Fixture;
import dev.botwright.test.TestIdentity;
import dev.botwright.test.WebhookSigner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large unauthenticated bodies against the packaged sample bot started with the JVM settings
 * docs/performance.md recommends (64 MB heap, serial GC, C1). Before, one unsigned 25 MB POST
 * answered 500 (OutOfMemoryError) and six concurrent 8 MB POSTs got five 500s. Now: the unsigned
 * bodies get 401 or 503, a signed delivery sent during the attack and one after it are accepted and
 * greeted, GitHub's largest (25 MB) signed delivery is accepted and handled, a 2 MB body to another
 * route gets 413, and an oversized Content-Length is answered before the body is sent.
 */
class LargeBodyIT {

  /** The flags of docs/performance.md ("JVM settings for memory"), without the class archive. */
  static final List<String> DOCUMENTED_FLAGS =
      List.of(
          "-Xmx64m",
          "-Xss512k",
          "-XX:+UseSerialGC",
          "-XX:MaxMetaspaceSize=96m",
          "-XX:ReservedCodeCacheSize=48m",
          "-XX:TieredStopAtLevel=1",
          "-Dio.netty.maxDirectMemory=0");

  private static final int EIGHT_MB = 8 * 1024 * 1024;
  private static final int GITHUB_LIMIT = 25 * 1024 * 1024;
  private static final String ADMIN_TOKEN = "large-body-it-admin-token-0123456789abcdef";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @TempDir Path workDir;

  @Test
  void largeUnsignedBodiesNeitherExhaustMemoryNorKeepSignedDeliveriesOut() throws Exception {
    TestIdentity identity = TestIdentity.generate();
    BotJvm bot = null;
    try (StatefulGitHub github = StatefulGitHub.start()) {
      Map<String, String> env = BotJvm.environment(identity, github);
      env.put("BOTWRIGHT_RECONCILE_ENABLED", "false");
      env.put("BOTWRIGHT_JOURNAL_DIR", workDir.resolve("journal").toString());
      env.put("BOTWRIGHT_ADMIN_TOKEN", ADMIN_TOKEN);
      // The rest of the documented settings (docs/performance.md).
      env.put("MALLOC_ARENA_MAX", "2");
      env.put("MICRONAUT_EXECUTORS_IO_TYPE", "fixed");
      env.put("MICRONAUT_EXECUTORS_IO_N_THREADS", "4");
      bot = BotJvm.startWithFlags("bot", env, DOCUMENTED_FLAGS, List.of(), workDir);
      LoadDriver driver = new LoadDriver(identity.webhookSecret(), null);
      List<LoadDriver.Delivery> signed = LoadDriver.deliveries(3, 1, 7_000_000, 1);
      URI webhook = bot.webhookUrl();

      List<CompletableFuture<Integer>> attack = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        attack.add(CompletableFuture.supplyAsync(() -> postUnsigned(webhook, EIGHT_MB)));
      }
      int during = driver.post(webhook, signed.get(0));
      List<Integer> attackAnswers = attack.stream().map(CompletableFuture::join).toList();
      int after = driver.post(webhook, signed.get(1));

      assertThat(attackAnswers)
          .as("unsigned 8 MB bodies: refused as unsigned (401) or while the budget is spent (503)")
          .hasSize(6)
          .allMatch(status -> status == 401 || status == 503);
      assertThat(during).as("signed delivery sent during the attack").isEqualTo(202);
      assertThat(after).as("signed delivery sent after the attack").isEqualTo(202);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  github.commentsFor(signed.get(0).id()) == 1
                      && github.commentsFor(signed.get(1).id()) == 1);

      LoadDriver.Delivery largest = largestIssue(signed.get(2));
      assertThat(largest.body()).hasSize(GITHUB_LIMIT);
      assertThat(driver.post(webhook, largest)).as("signed 25 MB delivery").isEqualTo(202);
      await().atMost(Duration.ofSeconds(30)).until(() -> github.commentsFor(largest.id()) == 1);

      HttpResponse<String> admin =
          send(
              HttpRequest.newBuilder(bot.url("/botwright/admin/deliveries/x/replay"))
                  .header("Authorization", "Bearer " + ADMIN_TOKEN)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])));
      assertThat(admin.statusCode()).isEqualTo(413);
      assertThat(admin.body())
          .isEqualTo(
              "{\"error\":\"The request body is 2097152 bytes; this route accepts at most 1048576"
                  + " bytes (botwright.http.max-request-bytes)\"}");

      assertThat(headersOnly(bot.port(), GITHUB_LIMIT + 1))
          .as("a 25 MB + 1 byte Content-Length, answered with no body sent")
          .startsWith("HTTP/1.1 413 ")
          .endsWith("{\"error\":\"The payload is larger than 26214400 bytes\"}");

      assertThat(bot.alive()).isTrue();
      assertThat(bot.output())
          .doesNotContain("OutOfMemoryError")
          .doesNotContain("Unexpected error occurred");
    } finally {
      if (bot != null) {
        bot.close("LargeBodyIT");
      }
    }
  }

  /**
   * GitHub's largest payload: {@code small}'s issues.opened with a field no handler reads padded so
   * the body is 25 MB (large deliveries are many fields, e.g. a push's commits).
   */
  private static LoadDriver.Delivery largestIssue(LoadDriver.Delivery small) {
    int padding = GITHUB_LIMIT - small.body().length - ",\"padding\":\"\"".length();
    byte[] filler = new byte[padding];
    Arrays.fill(filler, (byte) 'x');
    byte[] body =
        Fixture.json(new String(small.body(), StandardCharsets.UTF_8))
            .with("padding", new String(filler, StandardCharsets.US_ASCII))
            .bytes();
    return new LoadDriver.Delivery(
        UUID.randomUUID().toString(), small.installation(), small.issue(), body);
  }

  private int postUnsigned(URI webhook, int size) {
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[size - 1] = '}';
    try {
      return send(HttpRequest.newBuilder(webhook)
              .header("Content-Type", "application/json")
              .header("X-GitHub-Event", "issues")
              .header("X-GitHub-Delivery", UUID.randomUUID().toString())
              .header(WebhookSigner.HEADER, "sha256=" + "0".repeat(64))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body)))
          .statusCode();
    } catch (IOException e) {
      return 0;
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Sends only the headers of a webhook POST announcing {@code length} bytes; the response. */
  private static String headersOnly(int port, long length) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/github/webhooks HTTP/1.1\r\nHost: 127.0.0.1:"
                  + port
                  + "\r\nContent-Type: application/json\r\nX-GitHub-Event: issues\r\n"
                  + "X-GitHub-Delivery: oversized\r\nX-Hub-Signature-256: sha256="
                  + "0".repeat(64)
                  + "\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder head = new StringBuilder();
      while (!head.toString().endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        head.append((char) b);
      }
      int bodyLength =
          head.toString()
              .lines()
              .filter(line -> line.regionMatches(true, 0, "content-length:", 0, 15))
              .map(line -> Integer.parseInt(line.substring(15).trim()))
              .findFirst()
              .orElse(0);
      return head + new String(in.readNBytes(bodyLength), StandardCharsets.UTF_8);
    }
  }
}
