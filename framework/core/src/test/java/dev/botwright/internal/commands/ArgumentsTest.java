package dev.botwright.internal.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

  @Test
  void blanksSeparateAndRunsOfThemCountOnce() {
    assertThat(Arguments.split("  a \t b  ")).containsExactly("a", "b");
  }

  @Test
  void quotesJoinAdjacentText() {
    assertThat(Arguments.split("pre\"fix suf\"fix 'it''s'"))
        .containsExactly("prefix suffix", "its");
  }

  @Test
  void aBackslashInsideSingleQuotesIsText() {
    assertThat(Arguments.split("'a\\b' \"c\\\\d\"")).containsExactly("a\\b", "c\\d");
  }

  @Test
  void placeholdersAreUpperSnakeCase() {
    assertThat(CommandArguments.placeholder("issueNumber")).isEqualTo("ISSUE_NUMBER");
    assertThat(CommandArguments.placeholder("labels")).isEqualTo("LABELS");
  }
}
