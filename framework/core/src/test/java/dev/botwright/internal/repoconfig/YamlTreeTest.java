package dev.botwright.internal.repoconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.repoconfig.RepositoryConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlTreeTest {

  static final String FILE = "octo/hello:.github/my-bot.yml";

  @Test
  void remembersTheLineOfEveryKeyAndItem() {
    ParsedFile parsed =
        YamlTree.parse(FILE, "# settings\ngreeting: Hi\nrules:\n  - days: 3\n  - days: 4\n");

    assertThat(parsed.lines())
        .isEqualTo(
            Map.of(
                "greeting", 2,
                "rules", 3,
                "rules[0]", 4,
                "rules[0].days", 4,
                "rules[1]", 5,
                "rules[1].days", 5));
    assertThat(parsed.tree().get("rules").get(1).get("days").getIntValue()).isEqualTo(4);
  }

  @Test
  void scalarsFollowTheCoreSchemaAsProbotsJsYamlDoes() {
    ParsedFile parsed =
        YamlTree.parse(
            FILE,
            "a: yes\nb: true\nc: 12\nd: 1.5\ne: ~\nf: '12'\ng: on\nh: 123456789012345678901\n");

    assertThat(parsed.tree().get("a").getStringValue()).isEqualTo("yes");
    assertThat(parsed.tree().get("b").getBooleanValue()).isTrue();
    assertThat(parsed.tree().get("c").getLongValue()).isEqualTo(12);
    assertThat(parsed.tree().get("d").getDoubleValue()).isEqualTo(1.5);
    assertThat(parsed.tree().get("e").isNull()).isTrue();
    assertThat(parsed.tree().get("f").getStringValue()).isEqualTo("12");
    assertThat(parsed.tree().get("g").getStringValue()).isEqualTo("on");
    assertThat(parsed.tree().get("h").getBigIntegerValue().toString())
        .isEqualTo("123456789012345678901");
  }

  @Test
  void anEmptyFileIsAnEmptyConfiguration() {
    assertThat(YamlTree.parse(FILE, "# nothing yet\n").tree().size()).isZero();
  }

  @Test
  void aSyntaxErrorNamesTheFileLineAndColumn() {
    assertThatThrownBy(() -> YamlTree.parse(FILE, "greeting: Hi\nlabels: [a, b\nrules: 1\n"))
        .isInstanceOf(RepositoryConfigException.class)
        .hasMessageStartingWith(FILE + " is not valid YAML at line 3, column 6: ")
        .hasMessageEndingWith(". Fix the file and push it.");
  }

  @Test
  void aDuplicateKeyIsAnError() {
    assertThatThrownBy(() -> YamlTree.parse(FILE, "a: 1\nb:\n  c: 2\n  c: 3\n"))
        .isInstanceOf(RepositoryConfigException.class)
        .hasMessage(FILE + " has the key 'b.c' twice, at lines 3 and 4: keep one.");
  }

  @Test
  void theTopLevelMustBeAMapping() {
    assertThatThrownBy(() -> YamlTree.parse(FILE, "\n- a\n- b\n"))
        .isInstanceOf(RepositoryConfigException.class)
        .hasMessage(
            FILE + " must hold keys and values (a mapping) at the top, but line 2 starts a list.");
  }

  @Test
  void aRecursiveAliasIsRefusedNotFollowedForever() {
    assertThatThrownBy(() -> YamlTree.parse(FILE, "a: &x\n  - *x\n"))
        .isInstanceOf(RepositoryConfigException.class)
        .hasMessageContaining("nests deeper than 64 levels");
  }
}
