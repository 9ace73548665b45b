package dev.botwright.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"my-bot", "bot", "a1", "probot-2-go"})
  void acceptsArtifactIds(String name) {
    assertThat(Names.nameProblem(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "My-Bot", "1bot", "-bot", "bot-", "my--bot", "my_bot", "my bot", "a.b"})
  void refusesOtherNamesSayingWhatIsAllowed(String name) {
    assertThat(Names.nameProblem(name))
        .hasValueSatisfying(
            problem ->
                assertThat(problem)
                    .startsWith("'" + name + "' is not a valid project name")
                    .contains("lower-case letters, digits and single hyphens"));
  }

  @Test
  void refusesOverlongNames() {
    assertThat(Names.nameProblem("a".repeat(65))).isPresent();
    assertThat(Names.nameProblem("a".repeat(64))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"com.example.bot", "io.github.octo.mybot", "bot", "a_b.c1"})
  void acceptsPackages(String pkg) {
    assertThat(Names.packageProblem(pkg)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "com..example",
        "com.example.",
        "com.class.bot",
        "1com.bot",
        "Com.Example",
        "java.bot",
        "java",
        "com-example",
        "com.example bot"
      })
  void refusesInvalidPackages(String pkg) {
    assertThat(Names.packageProblem(pkg))
        .hasValueSatisfying(
            problem -> assertThat(problem).startsWith("'" + pkg + "' is not a valid Java package"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"octocat", "octo-org", "A1", "a", "abcdefghijabcdefghijabcdefghijabcdefgh"})
  void acceptsGitHubOwners(String owner) {
    assertThat(Names.ownerProblem(owner)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-octo", "octo-", "oc--to", "octo_org", "octo.org", "Jane Doe"})
  void refusesInvalidOwners(String owner) {
    assertThat(Names.ownerProblem(owner))
        .hasValueSatisfying(problem -> assertThat(problem).contains("not a valid GitHub owner"));
    assertThat(Names.ownerProblem("x".repeat(40))).isPresent();
  }

  @Test
  void refusesEmptyMultiLineOrOverlongText() {
    assertThat(Names.textProblem("description", "Greets people")).isEmpty();
    assertThat(Names.textProblem("description", "  "))
        .contains("The description is empty: write a few words.");
    assertThat(Names.textProblem("author", "Ada\nLovelace")).get().asString().contains("one line");
    assertThat(Names.textProblem("author", "a".repeat(201))).isPresent();
  }

  @Test
  void suggestsValidNamesFromFolderNames() {
    assertThat(Names.nameFrom("My Bot!")).isEqualTo("my-bot");
    assertThat(Names.nameFrom("2048_game")).isEqualTo("bot-2048-game");
    assertThat(Names.nameFrom("---")).isEqualTo("my-bot");
    assertThat(Names.nameFrom("a".repeat(70))).hasSize(64);
  }

  @Test
  void suggestsOwnersAndPackages() {
    assertThat(Names.ownerFrom("octocat")).isEqualTo("octocat");
    assertThat(Names.ownerFrom("Jane Doe")).isEqualTo("my-org");
    assertThat(Names.packageFrom("Octo-Org", "my-bot")).isEqualTo("io.github.octoorg.mybot");
    assertThat(Names.packageFrom("123", "class")).isEqualTo("io.github.bot123.classbot");
  }
}
