package dev.botwright.internal.auth;

import dev.botwright.spi.ValueCipher;
import dev.botwright.spi.ValueCiphers;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/** AES-256-GCM key rings ({@link AesGcmKeyRing}), the default {@link ValueCiphers}. */
@Singleton
@Requires(missingBeans = ValueCiphers.class)
final class DefaultValueCiphers implements ValueCiphers {

  @Override
  public ValueCipher fromKeys(String setting, List<String> base64Keys, String whenNone) {
    return AesGcmKeyRing.parse(setting, base64Keys, whenNone);
  }
}
