package dev.botwright.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.botwright.config.AppConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateKeysTest {

  static final String EXPECTED =
      "expected a block starting '-----BEGIN RSA PRIVATE KEY-----' (PKCS#1) or"
          + " '-----BEGIN PRIVATE KEY-----' (PKCS#8). Download a new key from the app's settings"
          + " page.";

  @TempDir Path dir;

  @Test
  void readsPkcs1() {
    assertThat(fromText(TestKeys.pkcs1(TestKeys.RSA))).isEqualTo(TestKeys.RSA.getPrivate());
    assertThat(TestKeys.pkcs1(TestKeys.RSA)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
  }

  @Test
  void readsPkcs8() {
    assertThat(fromText(TestKeys.pkcs8(TestKeys.RSA))).isEqualTo(TestKeys.RSA.getPrivate());
  }

  @Test
  void readsPemWithEscapedNewlinesAsInEnvFiles() {
    for (String pem : new String[] {TestKeys.pkcs1(TestKeys.RSA), TestKeys.pkcs8(TestKeys.RSA)}) {
      String escaped = pem.replace("\n", "\\n");
      assertThat(escaped).doesNotContain("\n");
      assertThat(fromText(escaped)).isEqualTo(TestKeys.RSA.getPrivate());
      assertThat(fromText(pem.replace("\n", "\\r\\n"))).isEqualTo(TestKeys.RSA.getPrivate());
    }
  }

  /**
   * Setup writes the key to {@code .env} double-quoted with escaped line breaks; {@code docker run
   * --env-file .env} passes that line on literally, quotes included.
   */
  @Test
  void readsTheQuotedEnvFileValueThatDockersEnvFileKeepsAsItIs() {
    String escaped = TestKeys.pkcs1(TestKeys.RSA).replace("\n", "\\n");
    assertThat(fromText("\"" + escaped + "\"")).isEqualTo(TestKeys.RSA.getPrivate());
    assertThat(fromText("'" + TestKeys.pkcs8(TestKeys.RSA) + "'"))
        .isEqualTo(TestKeys.RSA.getPrivate());
  }

  @Test
  void readsBase64OfTheWholePem() {
    byte[] pem = TestKeys.pkcs1(TestKeys.RSA).getBytes(StandardCharsets.US_ASCII);
    assertThat(fromText(Base64.getEncoder().encodeToString(pem)))
        .isEqualTo(TestKeys.RSA.getPrivate());
    // As the `base64` tool prints it: wrapped at 76 characters.
    assertThat(fromText(Base64.getMimeEncoder().encodeToString(pem)))
        .isEqualTo(TestKeys.RSA.getPrivate());
  }

  @Test
  void readsFileAndPrefersTheTextWhenBothAreSet() throws Exception {
    Path file = Files.writeString(dir.resolve("app.pem"), TestKeys.pkcs8(TestKeys.RSA));
    AppConfiguration app = new AppConfiguration();
    app.setPrivateKeyPath(file.toString());
    assertThat(PrivateKeys.load(app)).isEqualTo(TestKeys.RSA.getPrivate());

    app.setPrivateKey("not a key");
    assertThat(failure(() -> PrivateKeys.load(app)).environmentVariable()).isEqualTo("PRIVATE_KEY");
  }

  @Test
  void takesTheRsaKeyFromABundle() throws Exception {
    String bundle = TestKeys.pem(RejectedKeysTest.selfSigned()) + TestKeys.pkcs1(TestKeys.RSA);
    assertThat(fromText(bundle)).isEqualTo(TestKeys.RSA.getPrivate());
  }

  @Test
  void explainsAMissingKey() {
    AuthenticationConfigurationException e =
        failure(() -> PrivateKeys.load(new AppConfiguration()));
    assertThat(e.environmentVariable()).isEqualTo("PRIVATE_KEY");
    assertThat(e)
        .hasMessage(
            "No private key is configured: set PRIVATE_KEY (botwright.app.private-key) to the PEM"
                + " text, or PRIVATE_KEY_PATH (botwright.app.private-key-path) to the .pem file"
                + " downloaded from the app's settings page.");
  }

  @Test
  void explainsAMissingFile() {
    Path missing = dir.resolve("nope.pem");
    AuthenticationConfigurationException e =
        failure(() -> PrivateKeys.fromFile(missing.toString()));
    assertThat(e.environmentVariable()).isEqualTo("PRIVATE_KEY_PATH");
    assertThat(e)
        .hasMessage(
            "PRIVATE_KEY_PATH file '"
                + missing.toAbsolutePath()
                + "' does not exist: point PRIVATE_KEY_PATH at the .pem file downloaded from the"
                + " app's settings page.");
  }

  @Test
  void explainsADirectory() {
    AuthenticationConfigurationException e = failure(() -> PrivateKeys.fromFile(dir.toString()));
    assertThat(e.environmentVariable()).isEqualTo("PRIVATE_KEY_PATH");
    assertThat(e)
        .hasMessage(
            "PRIVATE_KEY_PATH file '"
                + dir.toAbsolutePath()
                + "' is a directory: point PRIVATE_KEY_PATH at the .pem file.");
  }

  @Test
  void explainsAFileThatIsNotAKey() throws Exception {
    Path file = Files.write(dir.resolve("app.pem"), new byte[] {0, 1, 2, (byte) 0xff});
    AuthenticationConfigurationException e = failure(() -> PrivateKeys.fromFile(file.toString()));
    assertThat(e.environmentVariable()).isEqualTo("PRIVATE_KEY_PATH");
    assertThat(e)
        .hasMessage(
            "PRIVATE_KEY_PATH file '"
                + file
                + "' does not hold a PEM RSA private key: "
                + EXPECTED);
  }

  @Test
  void explainsTextThatIsNotAKey() {
    assertThat(failure(() -> PrivateKeys.fromText("hello")))
        .hasMessage("PRIVATE_KEY does not hold a PEM RSA private key: " + EXPECTED);
  }

  @Test
  void explainsAPathInThePrivateKeyVariable() {
    assertThat(failure(() -> PrivateKeys.fromText("./my-app.2026-01-01.private-key.pem")))
        .hasMessage(
            "PRIVATE_KEY looks like a file name (it ends in '.pem'): put the path in"
                + " PRIVATE_KEY_PATH instead, or the key's PEM text in PRIVATE_KEY.");
  }

  private static RSAPrivateKey fromText(String text) {
    AppConfiguration app = new AppConfiguration();
    app.setPrivateKey(text);
    return PrivateKeys.load(app);
  }

  static AuthenticationConfigurationException failure(Runnable action) {
    AuthenticationConfigurationException e =
        catchThrowableOfType(AuthenticationConfigurationException.class, action::run);
    assertThat(e).as("expected an AuthenticationConfigurationException").isNotNull();
    return e;
  }
}
