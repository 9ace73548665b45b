package dev.botwright.internal.auth;

import io.micronaut.serde.annotation.Serdeable;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How the token file's AES key comes from {@code botwright.tokens.store-key}, a passphrase:
 * PBKDF2-HMAC-SHA256 with a random salt per file and {@value #ITERATIONS} iterations (OWASP's
 * figure for this function), so a stolen file cannot be opened by trying passphrases quickly. The
 * parameters are stored in the file's header; the key is derived once, when the cache starts.
 *
 * @param algorithm always {@value #ALGORITHM}
 * @param iterations PBKDF2 iterations
 * @param salt 16 random bytes, base64
 */
@Serdeable
record TokenFileKey(String algorithm, int iterations, String salt) {

  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int ITERATIONS = 600_000;

  /** Above this a header is refused: a file edited to make start-up take hours. */
  static final int MAX_ITERATIONS = 10_000_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Parameters for a new file: a fresh random salt. */
  static TokenFileKey fresh(int iterations) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new TokenFileKey(ALGORITHM, iterations, Base64.getEncoder().encodeToString(salt));
  }

  /** Whether this process can derive a key from these parameters. */
  boolean usable() {
    if (!ALGORITHM.equals(algorithm) || iterations < 1 || iterations > MAX_ITERATIONS) {
      return false;
    }
    try {
      return salt != null && Base64.getDecoder().decode(salt).length >= 16;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The AES-256 key for {@code passphrase}; takes a noticeable fraction of a second on purpose. */
  AesGcmKeyRing derive(String passphrase) {
    PBEKeySpec spec =
        new PBEKeySpec(passphrase.toCharArray(), Base64.getDecoder().decode(salt), iterations, 256);
    try {
      byte[] key = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
      return AesGcmKeyRing.of(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM lacks " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }

  @Override
  public String toString() {
    return algorithm + "/" + iterations;
  }
}
