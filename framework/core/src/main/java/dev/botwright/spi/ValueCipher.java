package dev.botwright.spi;

import java.util.Optional;

/**
 * Encrypts values a store keeps outside the process (shared installation tokens, cookies), bound to
 * where they are stored: the associated data (e.g. the storage key) must match to open a value, so
 * a value copied elsewhere does not open. Get one from {@link ValueCiphers}.
 */
public interface ValueCipher {

  /** {@code plain} sealed and in standard base64, with {@code associated} authenticated too. */
  String encrypt(String plain, String associated);

  /**
   * The text {@link #encrypt} sealed, or empty when it is not base64, was altered, is bound to
   * other associated data or was sealed with a key this cipher does not have.
   */
  Optional<String> decrypt(String sealed, String associated);
}
