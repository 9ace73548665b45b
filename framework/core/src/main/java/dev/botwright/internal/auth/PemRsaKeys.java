package dev.botwright.internal.auth;

import java.io.IOException;
import java.io.StringReader;
import java.security.interfaces.RSAPrivateKey;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RSA private key from PEM text, PKCS#1 or PKCS#8. Messages name the source and the kind
 * of block found, never the key's bytes, and BouncyCastle's own exceptions are not attached as
 * causes because their messages may quote the input.
 */
final class PemRsaKeys {

  static final String EXPECTED =
      "expected a block starting '-----BEGIN RSA PRIVATE KEY-----' (PKCS#1) or"
          + " '-----BEGIN PRIVATE KEY-----' (PKCS#8).";
  static final String DOWNLOAD = " Download a new key from the app's settings page.";
  private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]{1,40})-----");
  private static final int MIN_BITS = 2048;

  private PemRsaKeys() {}

  /**
   * @param pem the PEM text
   * @param source how to name where it came from, e.g. {@code PRIVATE_KEY}
   * @param variable the environment variable to report
   */
  static RSAPrivateKey parse(String pem, String source, String variable) {
    Object first = null;
    RSAPrivateKey key = null;
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      // Bundles (certificate + key, EC parameters + key) hold several blocks: take the RSA key.
      for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
        PrivateKeyInfo info = privateKeyInfo(block);
        if (info != null && isRsa(info)) {
          key = (RSAPrivateKey) new JcaPEMKeyConverter().getPrivateKey(info);
          break;
        }
        first = first == null ? block : first;
      }
    } catch (IOException | RuntimeException e) {
      throw fail(
          variable,
          source
              + " holds a damaged or unsupported "
              + blockName(pem)
              + ": "
              + EXPECTED
              + DOWNLOAD);
    }
    if (key == null) {
      throw fail(variable, source + rejection(first));
    }
    int bits = key.getModulus().bitLength();
    if (bits < MIN_BITS) {
      throw fail(
          variable,
          source
              + " holds a "
              + bits
              + "-bit RSA key, but RS256 needs at least "
              + MIN_BITS
              + " bits."
              + DOWNLOAD);
    }
    return key;
  }

  private static @Nullable PrivateKeyInfo privateKeyInfo(@Nullable Object block) {
    if (block instanceof PEMKeyPair pair) {
      return pair.getPrivateKeyInfo();
    }
    return block instanceof PrivateKeyInfo info ? info : null;
  }

  private static boolean isRsa(PrivateKeyInfo info) {
    return PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm());
  }

  private static String rejection(@Nullable Object block) {
    if (block instanceof PEMEncryptedKeyPair || block instanceof PKCS8EncryptedPrivateKeyInfo) {
      return " holds an encrypted private key, and Botwright takes no passphrase: use the key as"
          + " downloaded from the app's settings page (GitHub does not encrypt it), or decrypt it"
          + " with 'openssl pkey -in encrypted.pem -out key.pem'.";
    }
    PrivateKeyInfo info = privateKeyInfo(block);
    if (info != null || block instanceof ASN1ObjectIdentifier) {
      boolean ec =
          block instanceof ASN1ObjectIdentifier
              || (info != null
                  && X9ObjectIdentifiers.id_ecPublicKey.equals(
                      info.getPrivateKeyAlgorithm().getAlgorithm()));
      return " holds "
          + (ec ? "an EC" : "a non-RSA")
          + " private key, but GitHub Apps sign"
          + " their JWTs with RSA (RS256): "
          + EXPECTED
          + DOWNLOAD;
    }
    if (block instanceof SubjectPublicKeyInfo) {
      return " holds a public key, but the app needs its private key: " + EXPECTED + DOWNLOAD;
    }
    if (block instanceof X509CertificateHolder) {
      return " holds a certificate, not a private key: " + EXPECTED + DOWNLOAD;
    }
    return " does not hold a PEM RSA private key: " + EXPECTED + DOWNLOAD;
  }

  private static String blockName(String pem) {
    Matcher m = BEGIN.matcher(pem);
    return m.find() ? "'-----BEGIN " + m.group(1) + "-----' block" : "PEM block";
  }

  static AuthenticationConfigurationException fail(String variable, String message) {
    return new AuthenticationConfigurationException(variable, message, null);
  }
}
