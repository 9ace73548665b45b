package dev.botwright.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.BotwrightConfigurationException;
import dev.botwright.spi.ValueCipher;
import dev.botwright.spi.ValueCiphers;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultValueCiphersTest {

  static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  @Test
  void theDefaultBeanSealsWithAesGcmBoundToWhereTheValueIsStored() {
    ValueCiphers ciphers;
    try (ApplicationContext context = ApplicationContext.run()) {
      ciphers = context.getBean(ValueCiphers.class);
    }
    ValueCipher cipher = ciphers.fromKeys("the.setting", List.of(KEY), "none");

    String sealed = cipher.encrypt("ghs_secret", "token:42");

    assertThat(cipher).isInstanceOf(AesGcmKeyRing.class);
    assertThat(sealed).doesNotContain("ghs_secret");
    assertThat(cipher.decrypt(sealed, "token:42")).contains("ghs_secret");
    assertThat(cipher.decrypt(sealed, "token:43")).isEmpty();
    assertThatThrownBy(() -> ciphers.fromKeys("the.setting", List.of(), "Set the.setting."))
        .isInstanceOf(BotwrightConfigurationException.class)
        .hasMessageContaining("Set the.setting.");
  }
}
