package dev.botwright.test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * A throwaway GitHub App identity for tests: an app id, a fresh 2048-bit RSA key as GitHub hands
 * keys out (PKCS#1 PEM) and a random webhook secret. Give it to a bot you start yourself, e.g. a
 * packaged jar in a child process:
 *
 * <pre>{@code
 * TestIdentity identity = TestIdentity.generate();
 * Path key = identity.writePrivateKey(workDir.resolve("app.pem"));
 * // APP_ID=identity.appId(), PRIVATE_KEY_PATH=key, WEBHOOK_SECRET=identity.webhookSecret()
 * }</pre>
 *
 * <p>{@link #toString()} never shows the key or the secret.
 *
 * @param appId the app id, {@value #APP_ID} unless built otherwise
 * @param privateKeyPem the private key, PKCS#1 PEM ({@code -----BEGIN RSA PRIVATE KEY-----})
 * @param webhookSecret the webhook secret deliveries are signed with
 */
public record TestIdentity(String appId, String privateKeyPem, String webhookSecret) {

  /** The app id of generated identities, and of the identity {@link BotTest} uses. */
  public static final String APP_ID = "12345";

  /** Requires every value to be present and non-blank. */
  public TestIdentity {
    requireText(appId, "appId");
    requireText(privateKeyPem, "privateKeyPem");
    requireText(webhookSecret, "webhookSecret");
  }

  /**
   * A fresh identity: app id {@value #APP_ID}, a new RSA key and a new secret ({@code
   * test-secret-<uuid>}). When the kit's log leak detector runs in this JVM it watches both.
   */
  public static TestIdentity generate() {
    return of(generateKey());
  }

  /**
   * The identity every {@link BotTest} class in this JVM runs with (created on first use, together
   * with the shared {@link FakeGitHub}).
   */
  public static TestIdentity shared() {
    return TestApp.get().identity;
  }

  /**
   * Writes the private key to {@code file} (readable by its owner only, where the file system has
   * POSIX permissions) and returns {@code file}, for a bot configured with a key path.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public Path writePrivateKey(Path file) {
    try {
      Files.writeString(file, privateKeyPem, StandardCharsets.UTF_8);
      if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the test private key to " + file, e);
    }
  }

  @Override
  public String toString() {
    return "TestIdentity[appId=" + appId + ", privateKeyPem=***, webhookSecret=***]";
  }

  /** The identity for {@code keyPair}, watched by the leak detector if one runs. */
  static TestIdentity of(KeyPair keyPair) {
    TestIdentity identity =
        new TestIdentity(APP_ID, pkcs1Pem(keyPair), "test-secret-" + UUID.randomUUID());
    SecretLeakDetector.watch(identity);
    return identity;
  }

  static KeyPair generateKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JDK cannot generate RSA keys", e);
    }
  }

  /** Writes keys the way GitHub hands them out: PKCS#1 PEM. */
  private static String pkcs1Pem(KeyPair keyPair) {
    try {
      StringWriter text = new StringWriter();
      try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
        pem.writeObject(keyPair.getPrivate());
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the test key as PEM", e);
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("TestIdentity." + name + " must not be blank");
    }
  }
}
