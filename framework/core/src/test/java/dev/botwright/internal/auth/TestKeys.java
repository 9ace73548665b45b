package dev.botwright.internal.auth;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** RSA keys generated once per test run, and their PEM spellings. */
final class TestKeys {

  static final KeyPair RSA = generate("RSA", 2048);

  private TestKeys() {}

  static KeyPair generate(String algorithm, int size) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      generator.initialize(size);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whatever BouncyCastle writes for {@code object}: PKCS#1 for an RSA private key. */
  static String pem(Object object) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String pkcs1(KeyPair pair) {
    return pem(pair.getPrivate());
  }

  /** PKCS#8, as {@code openssl pkey} writes it. */
  static String pkcs8(KeyPair pair) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
  }
}
