package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Throwaway identities for a bot the test starts itself. */
class TestIdentityTest {

  private static final Logger LOG = LoggerFactory.getLogger("dev.botwright.sample.LeakyHandler");

  @Test
  void generatesAFreshKeyAndSecretEachTime() {
    TestIdentity one = TestIdentity.generate();
    TestIdentity two = TestIdentity.generate();

    assertThat(one.appId()).isEqualTo("12345");
    assertThat(one.privateKeyPem())
        .startsWith("-----BEGIN RSA PRIVATE KEY-----")
        .contains("-----END RSA PRIVATE KEY-----");
    assertThat(one.webhookSecret()).startsWith("test-secret-").hasSize(48);
    assertThat(two.privateKeyPem()).isNotEqualTo(one.privateKeyPem());
    assertThat(two.webhookSecret()).isNotEqualTo(one.webhookSecret());
  }

  @Test
  void toStringShowsNoSecret() {
    TestIdentity identity = TestIdentity.generate();

    assertThat(identity.toString())
        .isEqualTo("TestIdentity[appId=12345, privateKeyPem=***, webhookSecret=***]");
  }

  @Test
  void writesTheKeyForItsOwnerOnly(@TempDir Path dir) throws Exception {
    TestIdentity identity = TestIdentity.generate();

    Path key = identity.writePrivateKey(dir.resolve("app.pem"));

    assertThat(key).hasContent(identity.privateKeyPem());
    if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void sharedIsWhatBotTestConfigures() {
    TestIdentity shared = TestIdentity.shared();

    assertThat(TestApp.get().properties())
        .containsEntry("botwright.app.id", shared.appId())
        .containsEntry("botwright.app.private-key", shared.privateKeyPem())
        .containsEntry("botwright.webhook.secrets", shared.webhookSecret());
    assertThat(TestIdentity.shared()).isSameAs(shared);
  }

  @Test
  void aGeneratedSecretIsWatchedForLeaks() {
    SecretLeakDetector detector = WebhookSignerTest.installedDetector();
    TestIdentity identity = TestIdentity.generate();

    LOG.info("Using {}", identity.webhookSecret());

    assertThat(detector.drainLeaks())
        .containsExactly("INFO dev.botwright.sample.LeakyHandler logged a secret value");
  }

  @Test
  void refusesBlankValues() {
    assertThatThrownBy(() -> new TestIdentity("12345", "pem", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TestIdentity.webhookSecret must not be blank");
  }
}
