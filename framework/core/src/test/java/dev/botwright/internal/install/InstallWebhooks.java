package dev.botwright.internal.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.internal.dispatch.Fixtures;
import dev.botwright.internal.setup.SetupHttp;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signed webhook deliveries to the test server, as GitHub sends them. */
final class InstallWebhooks {

  private InstallWebhooks() {}

  /** Delivers {@code json} (completed with the fixture defaults) and expects it accepted. */
  static void send(EmbeddedServer server, String event, String json) {
    String action = json.replaceFirst("(?s)^\\{\"action\":\"([^\"]+)\".*", "$1");
    byte[] body = Fixtures.complete(event + "." + action, json).getBytes(StandardCharsets.UTF_8);
    var response =
        SetupHttp.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getPort() + "/api/github/webhooks"))
                .header("Content-Type", "application/json")
                .header("X-GitHub-Event", event)
                .header("X-GitHub-Delivery", UUID.randomUUID().toString())
                .header("X-Hub-Signature-256", sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
  }

  private static String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec("test-webhook-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
