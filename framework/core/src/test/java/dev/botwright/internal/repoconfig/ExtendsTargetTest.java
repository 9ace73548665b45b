package dev.botwright.internal.repoconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.github.RepoRef;
import dev.botwright.repoconfig.RepositoryConfigException;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

class ExtendsTargetTest {

  static final RepoRef FROM = new RepoRef("octo", "hello");
  static final String PATH = ".github/my-bot.yml";
  static final String FILE = "octo/hello:.github/my-bot.yml";

  @Test
  void aRepositoryNameKeepsTheOwnerAndThePath() {
    assertThat(parse("shared").location()).isEqualTo("octo/shared:.github/my-bot.yml");
  }

  @Test
  void anOwnerAndRepositoryKeepThePath() {
    assertThat(parse("other-org/settings").location())
        .isEqualTo("other-org/settings:.github/my-bot.yml");
  }

  @Test
  void aPathAfterAColonNamesTheFile() {
    assertThat(parse("other-org/settings:bots/my-bot.yaml").location())
        .isEqualTo("other-org/settings:bots/my-bot.yaml");
    assertThat(parse(".github:bots/base.json").location()).isEqualTo("octo/.github:bots/base.json");
  }

  @Test
  void somethingElseIsRefusedWithTheForms() {
    assertThatThrownBy(() -> parse("not a repo"))
        .isInstanceOf(RepositoryConfigException.class)
        .hasMessage(
            FILE
                + " has '_extends: not a repo', which is not a repository: write 'other-repo',"
                + " 'owner/repo' or 'owner/repo:path/to/file.yml'.");
    assertThatThrownBy(() -> parse("shared:../secrets.yml"))
        .hasMessageStartingWith(
            FILE
                + " has '_extends: shared:../secrets.yml' whose path is not a YAML or JSON file in"
                + " the repository: ");
    assertThatThrownBy(() -> parse("shared:README.md"))
        .hasMessageContaining("ends in .yml, .yaml or .json");
  }

  private static ExtendsTarget parse(String value) {
    return ExtendsTarget.parse(JsonNode.createStringNode(value), FROM, PATH, FILE);
  }
}
