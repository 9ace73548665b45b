package dev.botwright.internal.oauth;

import dev.botwright.internal.auth.AesGcmKeyRing;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Cookie values: {@link AesGcmKeyRing} sealed values in URL-safe base64 without padding. The
 * purpose (cookie name) is authenticated too, so one cookie's value cannot stand in for another.
 */
final class SessionCrypto {

  static final String SETTING =
      "botwright.oauth.session-keys (environment variable BOTWRIGHT_SESSION_KEYS)";

  private final AesGcmKeyRing ring;

  private SessionCrypto(AesGcmKeyRing ring) {
    this.ring = ring;
  }

  /** Parses the configured keys; the message names the bad entry by position, never its value. */
  static SessionCrypto of(List<String> base64Keys) {
    return new SessionCrypto(
        AesGcmKeyRing.parse(
            SETTING,
            base64Keys,
            SETTING
                + " is not set, but botwright.oauth.enabled is true: create a key with `openssl"
                + " rand -base64 32` and set it; session cookies are encrypted with it."));
  }

  /** The URL-safe base64 of IV and ciphertext with its tag. */
  String seal(byte[] plain, String purpose) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(ring.seal(plain, purpose.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The plain bytes, or empty when the value is garbled, tampered or sealed with an unknown key.
   */
  Optional<byte[]> open(String value, String purpose) {
    byte[] all;
    try {
      all = Base64.getUrlDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return ring.open(all, purpose.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "SessionCrypto[" + ring + "]";
  }
}
