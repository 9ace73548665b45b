package dev.botwright.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts webhooks the way GitHub does, signed with the secret, to a bot in another process; keeps
 * every signature it sent so a test can look for them in the bot's logs.
 */
final class Deliveries {

  static final String SIGNATURE_256 = "X-Hub-Signature-256";

  private final String secret;
  private final URI route;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> signaturesSent = new CopyOnWriteArrayList<>();

  Deliveries(String secret, int port) {
    this.secret = secret;
    this.route = URI.create("http://127.0.0.1:" + port + "/api/github/webhooks");
  }

  /** The headers GitHub sends with {@code body}: JSON, event, a fresh delivery id, signature. */
  Map<String, String> headers(String event, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-GitHub-Event", event);
    headers.put("X-GitHub-Delivery", UUID.randomUUID().toString());
    sign(headers, secret, body);
    return headers;
  }

  /** Sets {@code X-Hub-Signature-256} for {@code body} under {@code key}. */
  void sign(Map<String, String> headers, String key, byte[] body) {
    headers.put(SIGNATURE_256, "sha256=" + watched(hmac("HmacSHA256", key, body)));
  }

  /** The hex HMAC of {@code body} under the configured secret, e.g. for {@code HmacSHA1}. */
  String hmac(String algorithm, byte[] body) {
    return watched(hmac(algorithm, secret, body));
  }

  /** Remembers {@code signature} as a value the bot must never log. */
  String watched(String signature) {
    signaturesSent.add(signature);
    return signature;
  }

  List<String> signaturesSent() {
    return List.copyOf(signaturesSent);
  }

  HttpResponse<String> post(Map<String, String> headers, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(route)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String hmac(String algorithm, String key, byte[] body) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(UTF_8), algorithm));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }
}
