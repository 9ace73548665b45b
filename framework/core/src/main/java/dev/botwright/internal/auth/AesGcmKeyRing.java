package dev.botwright.internal.auth;

import dev.botwright.BotwrightConfigurationException;
import dev.botwright.spi.ValueCipher;
import io.micronaut.core.annotation.Internal;
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
 * AES-256-GCM with rotating keys, for every value Botwright stores encrypted (session cookies,
 * persisted and shared installation tokens). The first key encrypts, every key is tried to decrypt,
 * so keys rotate by adding the new one first and removing the old one once its values are gone. A
 * sealed value is {@code nonce (12 random bytes) || ciphertext || tag (128 bits)}; the associated
 * data binds it to where it is stored, so it does not open anywhere else.
 */
@Internal
public final class AesGcmKeyRing implements ValueCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  private final List<SecretKey> keys;
  private final SecureRandom random = new SecureRandom();

  private AesGcmKeyRing(List<SecretKey> keys) {
    this.keys = List.copyOf(keys);
  }

  /**
   * Parses base64 keys of 32 bytes, failing with every problem at once; a problem names the setting
   * and the key's position, never its value.
   *
   * @param setting the setting's name (and environment variable) for the messages
   * @param base64Keys the configured keys, the encrypting one first
   * @param whenNone the whole message when no key is configured: why one is needed, how to make it
   * @throws BotwrightConfigurationException when no key is given or one is not 32 base64 bytes
   */
  public static AesGcmKeyRing parse(String setting, List<String> base64Keys, String whenNone) {
    if (base64Keys.isEmpty()) {
      throw new BotwrightConfigurationException(whenNone);
    }
    List<SecretKey> keys = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < base64Keys.size(); i++) {
      String where = setting + ": key #" + (i + 1);
      byte[] raw;
      try {
        raw = Base64.getDecoder().decode(base64Keys.get(i).trim());
      } catch (IllegalArgumentException e) {
        problems.add(where + " is not base64; create one with `openssl rand -base64 32`.");
        continue;
      }
      if (raw.length != 32) {
        problems.add(
            where
                + " decodes to "
                + raw.length
                + " bytes, not 32; create one with `openssl rand -base64 32`.");
        continue;
      }
      keys.add(new SecretKeySpec(raw, "AES"));
    }
    if (!problems.isEmpty()) {
      throw new BotwrightConfigurationException(problems);
    }
    return new AesGcmKeyRing(keys);
  }

  /** A ring of one raw 32-byte key, e.g. one derived from a passphrase. */
  public static AesGcmKeyRing of(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("AES-256 needs a 32-byte key, not " + key.length);
    }
    return new AesGcmKeyRing(List.of(new SecretKeySpec(key, "AES")));
  }

  /** Encrypts {@code plain} with the first key: {@code nonce || ciphertext || tag}. */
  public byte[] seal(byte[] plain, byte[] associated) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(0), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associated);
      byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(plain.length)];
      System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
      cipher.doFinal(plain, 0, plain.length, out, NONCE_BYTES);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
  }

  /**
   * The plain bytes, or empty when the value is too short, altered, bound to other associated data
   * or sealed with a key not in this ring.
   */
  public Optional<byte[]> open(byte[] sealed, byte[] associated) {
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      return Optional.empty();
    }
    for (SecretKey key : keys) {
      try {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(
            Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        cipher.updateAAD(associated);
        return Optional.of(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
      } catch (GeneralSecurityException e) {
        // Not this key: try the next one.
      }
    }
    return Optional.empty();
  }

  /** Text sealed as standard base64, with UTF-8 text as associated data. */
  @Override
  public String encrypt(String plain, String associated) {
    return Base64.getEncoder()
        .encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8), utf8(associated)));
  }

  /** The text {@link #encrypt} sealed, or empty when it is not base64 or does not open. */
  @Override
  public Optional<String> decrypt(String sealed, String associated) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(sealed);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return open(raw, utf8(associated)).map(plain -> new String(plain, StandardCharsets.UTF_8));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "AesGcmKeyRing[" + keys.size() + " keys]";
  }
}
