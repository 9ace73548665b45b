package dev.botwright.internal.setup;

import dev.botwright.internal.dispatch.Fixtures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** An {@code issues.opened} delivery signed the way GitHub signs it. */
final class SignedWebhook {

  private SignedWebhook() {}

  static HttpResponse<String> issueOpened(URI server, String id, String secret) {
    byte[] body = Fixtures.bytes("issues.opened");
    return SetupHttp.send(
        HttpRequest.newBuilder(server.resolve("/api/github/webhooks"))
            .header("Content-Type", "application/json")
            .header("X-GitHub-Event", "issues")
            .header("X-GitHub-Delivery", id)
            .header("X-Hub-Signature-256", sign(secret, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
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
}
