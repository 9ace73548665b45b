package dev.botwright.internal.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnUrlsTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/installed", "/repos?owner=octo&x=a%20b", "/a/b#frag", "/a+b"})
  void pathsOnThisSitePass(String path) {
    assertThat(ReturnUrls.check(path)).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "//evil.example/x",
        "///evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "https://evil.example",
        "HTTPS://evil.example",
        "javascript:alert(1)",
        "data:text/html,x",
        "evil.example/x",
        "/%2f%2fevil.example",
        "/%252f%252fevil.example",
        "/%5cevil.example",
        "/%2F%5Cevil.example",
        "/ /evil.example",
        "/\t/evil.example",
        "/%0d%0aLocation:%20x",
        "/%zz"
      })
  void everythingElseIsRefused(String url) {
    assertThatThrownBy(() -> ReturnUrls.check(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("return_to must be a path on this site");
  }

  @Test
  void overlongPathsAreRefused() {
    assertThatThrownBy(() -> ReturnUrls.check("/" + "a".repeat(ReturnUrls.MAX_LENGTH)))
        .hasMessageContaining("longer than");
  }
}
