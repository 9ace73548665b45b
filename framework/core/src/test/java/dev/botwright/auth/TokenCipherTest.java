package dev.botwright.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenCipherTest {

  @Test
  void aSealedValueOpensOnlyWithItsKeyAndItsEntry() {
    TokenCipher cipher = new TokenCipher("key-one");
    String sealed = cipher.encrypt("ghs_value", "42||{}");

    assertThat(sealed).doesNotContain("ghs_value");
    assertThat(cipher.encrypt("ghs_value", "42||{}")).isNotEqualTo(sealed);
    assertThat(cipher.decrypt(sealed, "42||{}")).contains("ghs_value");
    assertThat(cipher.decrypt(sealed, "43||{}")).isEmpty();
    assertThat(new TokenCipher("key-two").decrypt(sealed, "42||{}")).isEmpty();
    assertThat(cipher.decrypt("not base64!", "42||{}")).isEmpty();
    assertThat(cipher.decrypt(sealed.substring(0, 10) + "AAAA" + sealed.substring(14), "42||{}"))
        .isEmpty();
  }
}
