package dev.botwright.internal.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandParserTest {

  private static List<String> names(String body) {
    return CommandParser.parse(body).stream().map(c -> c.name() + c.arguments()).toList();
  }

  @Test
  void findsEveryCommandLineWithItsArguments() {
    assertThat(names("Please triage.\n/label bug urgent\nthanks\n/assign @alice\n/close"))
        .containsExactly("label[bug, urgent]", "assign[@alice]", "close[]");
  }

  @Test
  void aCommandStartsALine() {
    assertThat(names("run /label bug please\n`/label bug`\n/usr/bin/env is a path")).isEmpty();
    assertThat(names("   /label bug\r\n/Label Bug")).containsExactly("label[bug]", "label[Bug]");
  }

  @Test
  void fencedCodeBlocksAreIgnoredUntilTheirFenceCloses() {
    String body =
        """
        ```
        /label inside
        ~~~
        /label still-inside
        ```
        /label after
        ~~~~markdown
        /label tilde
        ~~~~
        /label last
        """;

    assertThat(names(body)).containsExactly("label[after]", "label[last]");
  }

  @Test
  void indentedCodeQuotesAndHtmlCommentsAreIgnored() {
    String body =
        """
        Quoting you:
        > /label bug
        >/label also-quoted
            /label indented
        \t/label tabbed
        <!--
        /label in-a-template-comment
        -->
        <!-- /label one-line -->
        /label real
        """;

    assertThat(names(body)).containsExactly("label[real]");
  }

  @Test
  void quotedArgumentsAreKeptWholeAsInAShell() {
    assertThat(
            CommandParser.parse(
                    "/label \"help wanted\" 'good first issue' a\\ b \"say \\\"hi\\\"\" x")
                .get(0)
                .arguments())
        .containsExactly("help wanted", "good first issue", "a b", "say \"hi\"", "x");
    assertThat(CommandParser.parse("/label '' \"unclosed quote").get(0).arguments())
        .containsExactly("", "unclosed quote");
  }

  @Test
  void aNullOrEmptyBodyHasNoCommands() {
    assertThat(CommandParser.parse(null)).isEmpty();
    assertThat(CommandParser.parse("")).isEmpty();
    assertThat(CommandParser.parse("/")).isEmpty();
  }

  @Test
  void theLineIsKeptForEdits() {
    assertThat(CommandParser.parse("  /label bug  ").get(0).line()).isEqualTo("/label bug");
  }
}
