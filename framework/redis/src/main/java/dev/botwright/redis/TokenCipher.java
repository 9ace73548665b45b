package dev.botwright.redis;

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
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for cached tokens: a random 12-byte nonce per value, the Redis key as associated data
 * (a value copied to another key does not decrypt). The first key encrypts, every key decrypts, so
 * keys rotate without a flush.
 */
final class TokenCipher {

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;

  private final List<SecretKeySpec> keys;
  private final SecureRandom random = new SecureRandom();

  private TokenCipher(List<SecretKeySpec> keys) {
    this.keys = List.copyOf(keys);
  }

  /**
   * Reads base64 keys, failing with every problem at once (never the key itself).
   *
   * @throws BotwrightConfigurationException when none is given or one is not 32 base64 bytes
   */
  static TokenCipher of(List<String> encoded) {
    List<String> problems = new ArrayList<>();
    List<SecretKeySpec> keys = new ArrayList<>();
    if (encoded.isEmpty()) {
      problems.add(
          "botwright.redis.token-encryption-key (BOTWRIGHT_TOKEN_ENCRYPTION_KEY) is not set; in"
              + " Redis mode installation tokens are stored encrypted. Generate a key with"
              + " `openssl rand -base64 32` and give every process the same one.");
    }
    for (int i = 0; i < encoded.size(); i++) {
      String value = encoded.get(i).trim();
      byte[] raw;
      try {
        raw = Base64.getDecoder().decode(value);
      } catch (IllegalArgumentException e) {
        problems.add(
            "botwright.redis.token-encryption-key #"
                + (i + 1)
                + " is not base64; generate one with `openssl rand -base64 32`.");
        continue;
      }
      if (raw.length != 32) {
        problems.add(
            "botwright.redis.token-encryption-key #"
                + (i + 1)
                + " decodes to "
                + raw.length
                + " bytes, not 32; generate one with `openssl rand -base64 32`.");
        continue;
      }
      keys.add(new SecretKeySpec(raw, "AES"));
    }
    if (!problems.isEmpty()) {
      throw new BotwrightConfigurationException(problems);
    }
    return new TokenCipher(keys);
  }

  /** {@code base64(nonce || ciphertext || tag)}. */
  String encrypt(String plain, String associated) {
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(0), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
  }

  /** The plain text, or empty when no key opens {@code sealed} (wrong key, tampered, garbage). */
  Optional<String> decrypt(String sealed, String associated) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(sealed);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (raw.length <= NONCE) {
      return Optional.empty();
    }
    for (SecretKeySpec key : keys) {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE));
        cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
        byte[] plain = cipher.doFinal(raw, NONCE, raw.length - NONCE);
        return Optional.of(new String(plain, StandardCharsets.UTF_8));
      } catch (GeneralSecurityException e) {
        // Not this key; try the next.
      }
    }
    return Optional.empty();
  }
}
