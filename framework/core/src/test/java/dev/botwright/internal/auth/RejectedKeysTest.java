package dev.botwright.internal.auth;

import static dev.botwright.internal.auth.PrivateKeysTest.EXPECTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.AppConfiguration;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** Every key Botwright refuses, with the exact message and no key material in it. */
class RejectedKeysTest {

  static final KeyPair EC = TestKeys.generate("EC", 256);

  @Test
  void encryptedPkcs1() throws Exception {
    var encryptor =
        new JcePEMEncryptorBuilder("AES-128-CBC")
            .setProvider(new BouncyCastleProvider())
            .build("secret".toCharArray());
    var writer = new java.io.StringWriter();
    try (var pem = new org.bouncycastle.openssl.jcajce.JcaPEMWriter(writer)) {
      pem.writeObject(TestKeys.RSA.getPrivate(), encryptor);
    }
    assertThat(writer.toString()).contains("Proc-Type: 4,ENCRYPTED");
    assertRejected(writer.toString(), ENCRYPTED);
  }

  @Test
  void encryptedPkcs8() throws Exception {
    var encryptor =
        new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
            .setProvider(new BouncyCastleProvider())
            .setPassword("secret".toCharArray())
            .build();
    String pem = TestKeys.pem(new JcaPKCS8Generator(TestKeys.RSA.getPrivate(), encryptor));
    assertThat(pem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    assertRejected(pem, ENCRYPTED);
  }

  @Test
  void ecKeyInSec1AndPkcs8() {
    String sec1 = TestKeys.pem(EC.getPrivate());
    assertThat(sec1).startsWith("-----BEGIN EC PRIVATE KEY-----");
    String message =
        "PRIVATE_KEY holds an EC private key, but GitHub Apps sign their JWTs with RSA (RS256): "
            + EXPECTED;
    assertRejected(sec1, message);
    assertRejected(TestKeys.pkcs8(EC), message);
  }

  @Test
  void publicKeyIsRejected() {
    String pem = TestKeys.pem(TestKeys.RSA.getPublic());
    assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");
    assertRejected(
        pem, "PRIVATE_KEY holds a public key, but the app needs its private key: " + EXPECTED);
  }

  @Test
  void certificateIsRejected() throws Exception {
    String pem = TestKeys.pem(selfSigned());
    assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----");
    assertRejected(pem, "PRIVATE_KEY holds a certificate, not a private key: " + EXPECTED);
  }

  @Test
  void weakRsaKey() {
    String pem = TestKeys.pkcs1(TestKeys.generate("RSA", 1024));
    assertRejected(
        pem,
        "PRIVATE_KEY holds a 1024-bit RSA key, but RS256 needs at least 2048 bits. Download a new"
            + " key from the app's settings page.");
  }

  @Test
  void damagedPem() {
    String pem = TestKeys.pkcs1(TestKeys.RSA);
    String damaged = pem.substring(0, pem.length() / 2) + "\n-----END RSA PRIVATE KEY-----\n";
    assertRejected(
        damaged,
        "PRIVATE_KEY holds a damaged or unsupported '-----BEGIN RSA PRIVATE KEY-----' block: "
            + EXPECTED);
  }

  @Test
  void openSshKey() {
    String body = TestKeys.pkcs8(TestKeys.RSA).lines().skip(1).limit(5).reduce("", String::concat);
    String pem =
        "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----\n";
    assertRejected(
        pem,
        "PRIVATE_KEY holds a damaged or unsupported '-----BEGIN OPENSSH PRIVATE KEY-----' block: "
            + EXPECTED);
  }

  static final String ENCRYPTED =
      "PRIVATE_KEY holds an encrypted private key, and Botwright takes no passphrase: use the key"
          + " as downloaded from the app's settings page (GitHub does not encrypt it), or decrypt"
          + " it with 'openssl pkey -in encrypted.pem -out key.pem'.";

  static X509CertificateHolder selfSigned() throws Exception {
    Instant now = Instant.now();
    X500Name name = new X500Name("CN=botwright-test");
    return new JcaX509v3CertificateBuilder(
            name,
            BigInteger.ONE,
            Date.from(now),
            Date.from(now.plus(1, ChronoUnit.DAYS)),
            name,
            TestKeys.RSA.getPublic())
        .build(new JcaContentSignerBuilder("SHA256withRSA").build(TestKeys.RSA.getPrivate()));
  }

  private static void assertRejected(String pem, String message) {
    AppConfiguration app = new AppConfiguration();
    app.setPrivateKey(pem);
    AuthenticationConfigurationException e = PrivateKeysTest.failure(() -> PrivateKeys.load(app));
    assertThat(e).hasMessage(message).hasNoCause();
    assertThat(e.environmentVariable()).isEqualTo("PRIVATE_KEY");
    pem.lines()
        .filter(line -> !line.startsWith("-----") && line.length() >= 16)
        .forEach(line -> assertThat(e.getMessage()).doesNotContain(line.substring(0, 16)));
  }
}
