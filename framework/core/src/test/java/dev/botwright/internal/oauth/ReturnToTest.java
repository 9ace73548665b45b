package dev.botwright.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnToTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example",
        "https://evil.example/",
        "/\\evil.example",
        "\\\\evil.example",
        "/%2F/evil.example",
        "%2F%2Fevil.example",
        "/%5Cevil.example",
        "/%252F%252Fevil.example",
        "javascript:alert(1)",
        "evil.example",
        "/\tevil",
        "/%0d%0aSet-Cookie:x=1",
        ""
      })
  void anythingButALocalPathBecomesTheRoot(String candidate) {
    assertThat(ReturnTo.safe(candidate)).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/repos/octo/app", "/view?file=README.md&ref=main", "/a#top"})
  void aLocalPathIsKept(String candidate) {
    assertThat(ReturnTo.safe(candidate)).isEqualTo(candidate);
  }
}
