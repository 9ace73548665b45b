package dev.botwright.oauth;

import dev.botwright.BotwrightConfigurationException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for cookie values: the first key encrypts, every key is tried to decrypt, so keys
 * rotate by adding a new one first and removing the old one once its cookies have expired. The
 * purpose (cookie name) is authenticated too, so one cookie's value cannot stand in for another.
 */
final class SessionCrypto {

  static final String SETTING =
      "botwright.oauth.session-keys (environment variable BOTWRIGHT_SESSION_KEYS)";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final List<SecretKey> keys;
  private final SecureRandom random = new SecureRandom();

  private SessionCrypto(List<SecretKey> keys) {
    this.keys = List.copyOf(keys);
  }

  /** Parses the configured keys; the message names the bad entry by position, never its value. */
  static SessionCrypto of(List<String> base64Keys) {
    if (base64Keys.isEmpty()) {
      throw new BotwrightConfigurationException(
          SETTING
              + " is not set, but botwright.oauth.enabled is true: create a key with `openssl"
              + " rand -base64 32` and set it; session cookies are encrypted with it.");
    }
    List<SecretKey> keys = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < base64Keys.size(); i++) {
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(base64Keys.get(i));
      } catch (IllegalArgumentException e) {
        bytes = new byte[0];
      }
      if (bytes.length != 32) {
        problems.add(
            SETTING
                + ": key number "
                + (i + 1)
                + " is not the base64 of 32 bytes: create one with `openssl rand -base64 32`.");
      } else {
        keys.add(new SecretKeySpec(bytes, "AES"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BotwrightConfigurationException(problems);
    }
    return new SessionCrypto(keys);
  }

  /** The URL-safe base64 of IV and ciphertext with its tag. */
  String seal(byte[] plain, String purpose) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(0), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
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
    if (all.length < IV_BYTES + TAG_BITS / 8) {
      return Optional.empty();
    }
    for (SecretKey key : keys) {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return Optional.of(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES));
      } catch (GeneralSecurityException e) {
        // Not this key: try the next one.
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SessionCrypto[" + keys.size() + " keys]";
  }
}
