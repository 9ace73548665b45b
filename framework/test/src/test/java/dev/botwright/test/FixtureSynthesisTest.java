package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.codegen.SchemaPayloads;
import dev.botwright.event.EventTypes;
import dev.botwright.event.WebhookEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event key GitHub's webhook schema describes has a fixture that binds to its record. */
class FixtureSynthesisTest {

  @Test
  void everyEventKeyHasAFixtureThatReadsAsItsRecord() {
    List<String> keys = SchemaPayloads.load().keys();
    List<String> problems = new ArrayList<>();
    for (String key : keys) {
      for (Fixture fixture : List.of(Fixture.of(key), Fixture.minimal(key))) {
        String event = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        try {
          WebhookEvent read =
              EventTypes.read(event, fixture.action().orElse(null), fixture.bytes(), "test");
          Class<? extends WebhookEvent> expected =
              EventTypes.ofKey(key).or(() -> EventTypes.of(event)).orElseThrow();
          if (!expected.isInstance(read) || !fixture.event().orElse("").equals(key)) {
            problems.add(key + ": read as " + read.getClass().getName());
          }
        } catch (RuntimeException e) {
          problems.add(key + ": " + e.getMessage());
        }
      }
    }

    assertThat(keys).hasSize(261);
    assertThat(problems).isEmpty();
  }

  @Test
  void aSynthesizedFixtureIsTheNearestExampleWithTheActionChanged() {
    Fixture closed = Fixture.of("issues.closed");

    assertThat(closed.event()).contains("issues.closed");
    assertThat(closed.action()).contains("closed");
    // From a real example of the event: its realistic values are kept.
    assertThat(closed.json().get("issue").get("user").get("login").getStringValue())
        .isEqualTo("Codertocat");
    // And a field the action's schema requires that no issues example has is added: the type an
    // issues.typed event sets (null is what the schema allows at least).
    assertThat(Fixture.example("issues.opened").json().get("type")).isNull();
    assertThat(Fixture.of("issues.typed").json().get("type")).isNotNull();
  }

  @Test
  void theKitsPayloadsUseTheInstallationFakeGitHubKnows() {
    // GitHub's example was captured on installation 13986380; the kit's payload says 42.
    Fixture example = Fixture.of("check_run.rerequested");

    assertThat(example.json().get("installation").get("id").getLongValue())
        .isEqualTo(Fixture.DEFAULT_INSTALLATION_ID)
        .isEqualTo(FakeGitHub.INSTALLATION_ID);
  }

  @Test
  void theMinimalPayloadHasOnlyWhatGitHubAlwaysSends() {
    Fixture minimal = Fixture.minimal("issues.opened");

    assertThat(minimal.json().get("issue").get("user").isNull()).isTrue();
    assertThat(minimal.json().get("issue").get("number").getLongValue()).isEqualTo(1);
    assertThatThrownBy(() -> Fixture.minimal("issues.frobnicated"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("GitHub's webhook schema has no event key 'issues.frobnicated'");
  }
}
