package dev.botwright.internal.webhook;

import static dev.botwright.internal.webhook.WebhookSignatureVerifier.Result.MALFORMED;
import static dev.botwright.internal.webhook.WebhookSignatureVerifier.Result.MISMATCH;
import static dev.botwright.internal.webhook.WebhookSignatureVerifier.Result.MISSING;
import static dev.botwright.internal.webhook.WebhookSignatureVerifier.Result.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureVerifierTest {

  // GitHub's documented example: secret "It's a Secret to Everybody", payload "Hello, World!".
  private static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);
  private static final String SIGNATURE =
      "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

  private final WebhookSignatureVerifier verifier =
      new WebhookSignatureVerifier(List.of("It's a Secret to Everybody"));

  @Test
  void acceptsGitHubsDocumentedExample() {
    assertThat(verifier.verify(BODY, SIGNATURE)).isEqualTo(VALID);
    assertThat(verifier.verify(BODY, SIGNATURE.toUpperCase().replace("SHA256=", "sha256=")))
        .isEqualTo(VALID);
  }

  @Test
  void acceptsAnyConfiguredSecretWhileOneIsRotated() {
    WebhookSignatureVerifier rotating =
        new WebhookSignatureVerifier(List.of("the new secret", "It's a Secret to Everybody"));
    assertThat(rotating.verify(BODY, SIGNATURE)).isEqualTo(VALID);
  }

  @Test
  void rejectsOtherBytesOrSecrets() {
    assertThat(verifier.verify("Hello, World?".getBytes(StandardCharsets.UTF_8), SIGNATURE))
        .isEqualTo(MISMATCH);
    assertThat(new WebhookSignatureVerifier(List.of("wrong")).verify(BODY, SIGNATURE))
        .isEqualTo(MISMATCH);
    assertThat(new WebhookSignatureVerifier(List.of()).verify(BODY, SIGNATURE)).isEqualTo(MISMATCH);
  }

  @Test
  void rejectsSignaturesOfTheWrongShape() {
    assertThat(verifier.verify(BODY, null)).isEqualTo(MISSING);
    assertThat(verifier.verify(BODY, " ")).isEqualTo(MISSING);
    assertThat(verifier.verify(BODY, SIGNATURE.substring(0, SIGNATURE.length() - 1)))
        .isEqualTo(MALFORMED);
    assertThat(verifier.verify(BODY, SIGNATURE + "0")).isEqualTo(MALFORMED);
    assertThat(verifier.verify(BODY, SIGNATURE.replace("sha256=", "sha1=xxx")))
        .isEqualTo(MALFORMED);
    assertThat(verifier.verify(BODY, SIGNATURE.substring(0, SIGNATURE.length() - 1) + "g"))
        .isEqualTo(MALFORMED);
    assertThat(verifier.verify(BODY, SIGNATURE.substring(7))).isEqualTo(MALFORMED);
  }

  @Test
  void neverShowsSecretsInToString() {
    assertThat(verifier.toString())
        .isEqualTo("WebhookSignatureVerifier[secrets=1]")
        .doesNotContain("Secret to");
  }
}
