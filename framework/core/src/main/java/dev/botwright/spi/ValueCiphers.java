package dev.botwright.spi;

import java.util.List;

/**
 * Makes {@link ValueCipher}s from configured keys. The default is AES-256-GCM with rotating keys:
 * each key is 32 bytes in base64 ({@code openssl rand -base64 32}), the first encrypts and every
 * one decrypts, so keys rotate by adding the new one first and removing the old one once its values
 * are gone. Modules that store encrypted values (Redis) inject this rather than the framework's
 * implementation.
 */
public interface ValueCiphers {

  /**
   * A cipher over {@code base64Keys}, failing with every problem at once; a problem names {@code
   * setting} and the key's position, never its value.
   *
   * @param setting the setting's name (and environment variable) for the messages
   * @param base64Keys the configured keys, the encrypting one first
   * @param whenNone the whole message when no key is configured: why one is needed, how to make it
   * @throws dev.botwright.BotwrightConfigurationException when no key is given or one is not 32
   *     base64 bytes
   */
  ValueCipher fromKeys(String setting, List<String> base64Keys, String whenNone);
}
