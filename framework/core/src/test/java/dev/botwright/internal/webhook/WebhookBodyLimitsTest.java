package dev.botwright.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.github.GitHubClient;
import dev.botwright.internal.dispatch.Fixtures;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the webhook route's memory: a body announced larger than the limit is refused before
 * it is read, a chunked one is cut off at the limit, and unsigned bodies being received cannot take
 * more than the unverified-bytes budget, while a signed delivery that fits is still accepted.
 */
@MicronautTest
@Property(name = "spec.name", value = "WebhookBodyLimitsTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "limits-secret")
@Property(name = "botwright.webhook.max-payload-bytes", value = "60000")
@Property(name = "botwright.webhook.max-unverified-bytes", value = "100000")
@Property(name = "botwright.dispatch.retry-after", value = "7s")
class WebhookBodyLimitsTest {

  static final String SIGNED_SECRET = "limits-secret";
  private static final byte[] ISSUE = Fixtures.bytes("issues.opened");

  @Inject EmbeddedServer server;
  @Inject UnverifiedBodies bodies;
  @Inject Handled handled;

  @Test
  void anOversizedContentLengthIsRefusedBeforeTheBodyIsSent() throws IOException {
    try (Socket socket = socket()) {
      // Only the headers: a server that waited for the 26 MB body would never answer.
      send(socket, headers(26 * 1024 * 1024, "unsigned", "sha256=" + "0".repeat(64)));

      String response = read(socket);

      assertThat(response).startsWith("HTTP/1.1 413 ");
      assertThat(response).endsWith("{\"error\":\"The payload is larger than 60000 bytes\"}");
    }
    assertThat(bodies.reserved()).isZero();
  }

  @Test
  void aChunkedBodyIsCutOffAtTheLimit() {
    byte[] large = WebhookRequests.paddedIssue(60_001);

    HttpResponse<String> refused = chunked(WebhookRequests.newId(), large, SIGNED_SECRET);

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).isEqualTo("{\"error\":\"The payload is larger than 60000 bytes\"}");
    await().atMost(Duration.ofSeconds(10)).until(() -> bodies.reserved() == 0);
  }

  @Test
  void aChunkedSignedDeliveryWithinTheLimitIsAccepted() {
    String id = WebhookRequests.newId();

    HttpResponse<String> accepted = chunked(id, ISSUE, SIGNED_SECRET);

    assertThat(accepted.statusCode()).isEqualTo(202);
    await().atMost(Duration.ofSeconds(10)).until(() -> handled.ids.contains(id));
  }

  @Test
  void unsignedBodiesBeingReceivedCannotTakeMoreThanTheBudget() throws IOException {
    String big = WebhookRequests.newId();
    String small = WebhookRequests.newId();
    String later = WebhookRequests.newId();
    byte[] fifty = WebhookRequests.paddedIssue(50_000);
    try (Socket slow = socket()) {
      // An unsigned 60,000-byte body that arrives slowly (here: never) holds its share.
      send(slow, headers(60_000, "slow", "sha256=" + "0".repeat(64)));
      slow.getOutputStream().write("{\"action\":".getBytes(StandardCharsets.US_ASCII));
      await().atMost(Duration.ofSeconds(10)).until(() -> bodies.reserved() == 60_000);

      HttpResponse<String> refused =
          WebhookRequests.to(uri()).event("issues", big, fifty, SIGNED_SECRET).send();
      HttpResponse<String> fits =
          WebhookRequests.to(uri()).event("issues", small, ISSUE, SIGNED_SECRET).send();

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).contains("7");
      assertThat(refused.body())
          .isEqualTo(
              "{\"error\":\"The bot is receiving too many large payloads at once; retry after 7"
                  + " seconds\"}");
      assertThat(fits.statusCode()).isEqualTo(202);
    }
    // The slow sender is gone: its share comes back and the large delivery fits again.
    await().atMost(Duration.ofSeconds(10)).until(() -> bodies.reserved() == 0);
    HttpResponse<String> redelivered =
        WebhookRequests.to(uri()).event("issues", later, fifty, SIGNED_SECRET).send();
    assertThat(redelivered.statusCode()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> handled.ids.containsAll(List.of(small, later)));
    assertThat(handled.ids).doesNotContain(big);
  }

  private URI uri() {
    return server.getURI();
  }

  private Socket socket() throws IOException {
    Socket socket = new Socket(server.getHost(), server.getPort());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private String headers(long contentLength, String id, String signature) {
    return "POST /api/github/webhooks HTTP/1.1\r\n"
        + "Host: 127.0.0.1:"
        + server.getPort()
        + "\r\nContent-Type: application/json\r\nX-GitHub-Event: issues\r\nX-GitHub-Delivery: "
        + id
        + "\r\nX-Hub-Signature-256: "
        + signature
        + "\r\nContent-Length: "
        + contentLength
        + "\r\n\r\n";
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** The whole response: its headers and a body of the length they announce. */
  private static String read(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.append((char) b);
    }
    int length =
        head.toString()
            .lines()
            .filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
            .map(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).trim()))
            .findFirst()
            .orElse(0);
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  /** Posts {@code body} signed with {@code secret}, chunked (no Content-Length). */
  private HttpResponse<String> chunked(String id, byte[] body, String secret) {
    HttpRequest request =
        HttpRequest.newBuilder(uri().resolve("/api/github/webhooks"))
            .header("Content-Type", "application/json")
            .header("X-GitHub-Event", "issues")
            .header("X-GitHub-Delivery", id)
            .header("X-Hub-Signature-256", WebhookRequests.sign(secret, body))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Records the issues deliveries handled. */
  @Singleton
  @Requires(property = "spec.name", value = "WebhookBodyLimitsTest")
  static class Handled {
    final List<String> ids = new CopyOnWriteArrayList<>();

    @OnEvent("issues")
    void handle(EventContext context, GitHubClient github) {
      ids.add(context.deliveryId());
    }
  }
}
