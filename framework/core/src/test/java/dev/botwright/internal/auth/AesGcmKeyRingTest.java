package dev.botwright.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.BotwrightConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AesGcmKeyRingTest {

  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
  private static final String OLD_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

  @Test
  void aSealedValueOpensOnlyWithItsKeyAndItsEntry() {
    TokenFileKey derivation = TokenFileKey.fresh(1_000);
    AesGcmKeyRing cipher = derivation.derive("key-one");
    String sealed = cipher.encrypt("ghs_value", "42||{}");

    assertThat(sealed).doesNotContain("ghs_value");
    assertThat(cipher.encrypt("ghs_value", "42||{}")).isNotEqualTo(sealed);
    assertThat(cipher.decrypt(sealed, "42||{}")).contains("ghs_value");
    assertThat(cipher.decrypt(sealed, "43||{}")).isEmpty();
    assertThat(derivation.derive("key-two").decrypt(sealed, "42||{}")).isEmpty();
    assertThat(cipher.decrypt("not base64!", "42||{}")).isEmpty();
    assertThat(cipher.decrypt("AAAA", "42||{}")).isEmpty();
    assertThat(cipher.decrypt(sealed.substring(0, 10) + "AAAA" + sealed.substring(14), "42||{}"))
        .isEmpty();
  }

  @Test
  void theFirstKeyEncryptsAndEveryKeyDecrypts() {
    AesGcmKeyRing rotated = AesGcmKeyRing.parse("s", List.of(KEY, " " + OLD_KEY + " "), "none");
    AesGcmKeyRing old = AesGcmKeyRing.parse("s", List.of(OLD_KEY), "none");
    byte[] plain = "plain".getBytes(StandardCharsets.UTF_8);
    byte[] aad = {7};

    byte[] sealed = old.seal(plain, aad);
    assertThat(sealed).hasSize(12 + plain.length + 16);
    assertThat(rotated.open(sealed, aad)).contains(plain);
    assertThat(old.open(rotated.seal(plain, aad), aad)).isEmpty();
    assertThat(rotated.open(rotated.seal(plain, aad), new byte[] {8})).isEmpty();
    assertThat(rotated.toString()).doesNotContain(KEY).doesNotContain(OLD_KEY);
  }

  @Test
  void badKeysAreNamedBySettingAndPositionNeverByValue() {
    assertThatThrownBy(() -> AesGcmKeyRing.parse("the.setting", List.of(), "Set the.setting."))
        .isInstanceOf(BotwrightConfigurationException.class)
        .hasMessage("Botwright cannot start: Set the.setting.");
    assertThatThrownBy(
            () -> AesGcmKeyRing.parse("the.setting", List.of(KEY, "not base64!", "c2hvcnQ="), "-"))
        .isInstanceOfSatisfying(
            BotwrightConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "the.setting: key #2 is not base64; create one with `openssl rand -base64"
                            + " 32`.",
                        "the.setting: key #3 decodes to 5 bytes, not 32; create one with `openssl"
                            + " rand -base64 32`."))
        .hasMessageNotContaining("c2hvcnQ=")
        .hasMessageNotContaining(KEY);
  }
}
