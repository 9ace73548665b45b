package dev.botwright.benchmarks;

import io.micronaut.context.ApplicationContext;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** Starts the framework's bean context with a throw-away app identity, as a bot would at start. */
public final class BenchContext {

  private BenchContext() {}

  /** A fresh 2048-bit RSA key as PKCS#8 PEM text, the size GitHub issues for apps. */
  public static String privateKeyPem() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      PrivateKey key = generator.generateKeyPair().getPrivate();
      return "-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
          + "\n-----END PRIVATE KEY-----\n";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM cannot generate RSA keys", e);
    }
  }

  /** A started context (no HTTP server) with {@code extra} on top of the benchmark identity. */
  public static ApplicationContext start(Map<String, Object> extra) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("botwright.app.id", "12345");
    properties.put("botwright.app.private-key", privateKeyPem());
    properties.put("botwright.webhook.secrets", Payloads.SECRET);
    properties.putAll(extra);
    return ApplicationContext.run(properties);
  }
}
