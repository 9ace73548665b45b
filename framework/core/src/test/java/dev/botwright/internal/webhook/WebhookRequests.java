package dev.botwright.internal.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds and sends webhook requests the way GitHub does, signed with a test secret. */
public final class WebhookRequests {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI uri;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private byte[] body = new byte[0];

  private WebhookRequests(URI uri) {
    this.uri = uri;
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", "GitHub-Hookshot/test");
  }

  public static WebhookRequests to(URI server) {
    return new WebhookRequests(server.resolve("/api/github/webhooks"));
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }

  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An event signed with {@code secret}. */
  public WebhookRequests event(String event, String id, byte[] body, String secret) {
    header("X-GitHub-Event", event);
    header("X-GitHub-Delivery", id);
    header("X-GitHub-Hook-ID", "30");
    header("X-Hub-Signature-256", sign(secret, body));
    this.body = body;
    return this;
  }

  WebhookRequests header(String name, String value) {
    if (value == null) {
      headers.remove(name);
    } else {
      headers.put(name, value);
    }
    return this;
  }

  WebhookRequests body(byte[] body) {
    this.body = body;
    return this;
  }

  public HttpResponse<String> send() {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A valid issues payload of exactly {@code size} bytes. */
  static byte[] paddedIssue(int size) {
    byte[] head =
        "{\"action\":\"opened\",\"installation\":{\"id\":1},\"padding\":\""
            .getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) 'x');
    System.arraycopy(head, 0, body, 0, head.length);
    body[size - 2] = '"';
    body[size - 1] = '}';
    return body;
  }
}
