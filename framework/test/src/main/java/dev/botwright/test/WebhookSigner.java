package dev.botwright.test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes webhook signatures as GitHub does, for deliveries built by hand (bad input, a bot in
 * another process). When the kit's log leak detector runs in this JVM, every signature computed
 * here is watched: a bot that logs it fails its test.
 *
 * <pre>{@code
 * headers.put(WebhookSigner.HEADER, WebhookSigner.sha256(body, identity.webhookSecret()));
 * }</pre>
 */
public final class WebhookSigner {

  /** The header GitHub sends the signature in: {@code X-Hub-Signature-256}. */
  public static final String HEADER = "X-Hub-Signature-256";

  /** GitHub's legacy SHA-1 signature header, which Botwright does not accept on its own. */
  public static final String SHA1_HEADER = "X-Hub-Signature";

  private WebhookSigner() {}

  /**
   * The {@code X-Hub-Signature-256} value of {@code body} under {@code secret}: {@code sha256=} and
   * the hex HMAC-SHA256.
   */
  public static String sha256(byte[] body, String secret) {
    return "sha256=" + hmac("HmacSHA256", body, secret);
  }

  /**
   * The legacy {@code X-Hub-Signature} value of {@code body} under {@code secret}: {@code sha1=}
   * and the hex HMAC-SHA1. GitHub still sends it; a test uses it to check that a delivery signed
   * only this way is refused.
   */
  public static String sha1(byte[] body, String secret) {
    return "sha1=" + hmac("HmacSHA1", body, secret);
  }

  private static String hmac(String algorithm, byte[] body, String secret) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(secret, "secret");
    if (secret.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot sign with an empty webhook secret: pass the secret the bot is configured with");
    }
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      String hex = HexFormat.of().formatHex(mac.doFinal(body));
      SecretLeakDetector.watch(hex);
      return hex;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available in this JDK", e);
    }
  }
}
