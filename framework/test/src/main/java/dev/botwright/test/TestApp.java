package dev.botwright.test;

import java.io.StringWriter;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * The throwaway identity every {@link BotTest} in one JVM shares: an app id, an RSA key, a webhook
 * secret and one running {@link FakeGitHub}. Created once, on first use.
 */
final class TestApp {

  static final String APP_ID = "12345";

  private static TestApp instance;

  final KeyPair keyPair;
  final String privateKeyPem;
  final String webhookSecret;
  final FakeGitHub github;

  private TestApp() {
    keyPair = generateKey();
    privateKeyPem = Pkcs1.pem((RSAPrivateCrtKey) keyPair.getPrivate());
    webhookSecret = "test-secret-" + UUID.randomUUID();
    github = FakeGitHub.start();
    SecretLeakDetector.install(this);
  }

  static synchronized TestApp get() {
    if (instance == null) {
      instance = new TestApp();
    }
    return instance;
  }

  /** The configuration a test application starts with. */
  Map<String, String> properties() {
    return Map.ofEntries(
        Map.entry("botwright.app.id", APP_ID),
        Map.entry("botwright.app.private-key", privateKeyPem),
        Map.entry("botwright.webhook.secrets", webhookSecret),
        Map.entry("botwright.github.api-url", github.baseUrl()),
        // No write spacing and fast retries; rate-limit waits are still honoured, but short.
        Map.entry("botwright.client.pacing", "false"),
        Map.entry("botwright.client.retry-delay", "10ms"),
        Map.entry("botwright.client.secondary-limit-backoff", "10ms"),
        Map.entry("botwright.client.max-wait", "5s"),
        Map.entry("micronaut.server.port", "-1"),
        Map.entry("micronaut.server.host", "127.0.0.1"));
  }

  /** The key body (without PEM armour) as it would appear if leaked. */
  String privateKeyBody() {
    return Base64.getEncoder().encodeToString(keyPair.getPrivate().getEncoded());
  }

  private static KeyPair generateKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JDK cannot generate RSA keys", e);
    }
  }

  /** Writes keys the way GitHub hands them out: PKCS#1 PEM. */
  static final class Pkcs1 {
    private Pkcs1() {}

    static String pem(RSAPrivateCrtKey key) {
      try {
        var writer = new StringWriter();
        try (var pem = new org.bouncycastle.openssl.jcajce.JcaPEMWriter(writer)) {
          pem.writeObject(key);
        }
        return writer.toString();
      } catch (java.io.IOException e) {
        throw new IllegalStateException("Cannot write the test key as PEM", e);
      }
    }
  }
}
