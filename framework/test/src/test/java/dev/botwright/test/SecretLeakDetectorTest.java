package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The detector behind {@link BotTest}'s leak check, fed through SLF4J as a bot would log. */
class SecretLeakDetectorTest {

  private static final Logger LOG = LoggerFactory.getLogger("dev.botwright.sample.LeakyHandler");

  private final TestApp app = TestApp.get();
  private final SecretLeakDetector detector = SecretLeakDetector.installed();

  @BeforeEach
  void forgetEarlierLeaks() {
    assertThat(detector).as("installed by TestApp on Logback's root logger").isNotNull();
    detector.drainLeaks();
  }

  @Test
  void reportsTheWebhookSecretWithoutRepeatingIt() {
    LOG.info("Configured with webhook secret {}", app.webhookSecret);

    List<String> leaks = detector.drainLeaks();

    assertThat(leaks)
        .containsExactly("INFO dev.botwright.sample.LeakyHandler logged a secret value");
    assertThat(String.join("\n", leaks)).doesNotContain(app.webhookSecret);
  }

  @Test
  void reportsNothingForACleanLine() {
    LOG.info("Commented on Codertocat/Hello-World#1 with an installation token");

    assertThat(detector.drainLeaks()).isEmpty();
  }

  @Test
  void reportsALineOfThePrivateKey() {
    String pemLine =
        Arrays.stream(app.privateKeyPem.split("\n"))
            .filter(line -> !line.startsWith("-----"))
            .skip(3)
            .findFirst()
            .orElseThrow();

    LOG.debug("Key material: {}", pemLine);

    assertThat(detector.drainLeaks())
        .containsExactly("DEBUG dev.botwright.sample.LeakyHandler logged a secret value");
  }

  @Test
  void reportsATokenTheFakeMinted() {
    LOG.warn("Request failed with Authorization: token {}12345", FakeGitHub.TOKEN_PREFIX);

    assertThat(detector.drainLeaks())
        .containsExactly("WARN dev.botwright.sample.LeakyHandler logged a secret value");
  }

  @Test
  void reportsAJwtItWasNeverTold() {
    LOG.info("Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0NSJ9.c2lnbmF0dXJl");

    assertThat(detector.drainLeaks())
        .containsExactly("INFO dev.botwright.sample.LeakyHandler logged a JWT");
  }

  @Test
  void reportsAWatchedSignature() {
    String signature = "0123456789abcdef".repeat(4);
    SecretLeakDetector.watch(signature);

    LOG.info("Rejected X-Hub-Signature-256: sha256={}", signature);

    assertThat(detector.drainLeaks())
        .containsExactly("INFO dev.botwright.sample.LeakyHandler logged a secret value");
  }

  @Test
  void reportsASecretCarriedOnlyByTheStackTrace() {
    LOG.error(
        "Handler failed", new IllegalStateException("bad secret " + app.webhookSecret + " given"));

    List<String> leaks = detector.drainLeaks();

    assertThat(leaks)
        .containsExactly("ERROR dev.botwright.sample.LeakyHandler logged a secret value");
    assertThat(String.join("\n", leaks)).doesNotContain(app.webhookSecret);
  }

  @Test
  void drainingEmptiesTheReport() {
    LOG.info("secret {}", app.webhookSecret);

    assertThat(detector.drainLeaks()).hasSize(1);
    assertThat(detector.drainLeaks()).isEmpty();
  }
}
