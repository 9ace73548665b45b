package dev.botwright.test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signatures as GitHub computes them, watched by the leak detector. */
class WebhookSignerTest {

  private static final Logger LOG = LoggerFactory.getLogger("dev.botwright.sample.LeakyHandler");

  @Test
  void matchesGitHubsDocumentedExample() {
    // GitHub's "Validating webhook deliveries" test values
    byte[] body = "Hello, World!".getBytes(UTF_8);

    assertThat(WebhookSigner.sha256(body, "It's a Secret to Everybody"))
        .isEqualTo("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
    assertThat(WebhookSigner.sha1(body, "It's a Secret to Everybody"))
        .startsWith("sha1=")
        .hasSize("sha1=".length() + 40)
        .isNotEqualTo(WebhookSigner.sha1(body, "another secret"));
    assertThat(WebhookSigner.HEADER).isEqualTo("X-Hub-Signature-256");
  }

  @Test
  void theSenderSignsWithTheSameFunction() {
    byte[] body = "{\"zen\":\"Keep it logically awesome.\"}".getBytes(UTF_8);
    TestIdentity shared = TestIdentity.shared();

    assertThat(
            WebhookSender.forUrl(java.net.URI.create("http://127.0.0.1:1/hook"), "s3cret-value")
                .sign(body))
        .isEqualTo(WebhookSigner.sha256(body, "s3cret-value"))
        .isNotEqualTo(WebhookSigner.sha256(body, shared.webhookSecret()));
  }

  @Test
  void aLoggedSignatureIsALeak() {
    SecretLeakDetector detector = installedDetector();
    String signature = WebhookSigner.sha256("{}".getBytes(UTF_8), "some-secret-for-this-test");

    LOG.info("Got signature {}", signature.substring("sha256=".length()));

    assertThat(detector.drainLeaks())
        .containsExactly("INFO dev.botwright.sample.LeakyHandler logged a secret value");
  }

  @Test
  void refusesAnEmptySecret() {
    assertThatThrownBy(() -> WebhookSigner.sha256(new byte[0], ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot sign with an empty webhook secret: pass the secret the bot is configured with");
  }

  static SecretLeakDetector installedDetector() {
    TestApp.get();
    SecretLeakDetector detector = SecretLeakDetector.installed();
    assertThat(detector).as("installed by TestApp on Logback's root logger").isNotNull();
    detector.drainLeaks();
    return detector;
  }
}
