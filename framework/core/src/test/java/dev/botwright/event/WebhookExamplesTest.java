package dev.botwright.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses every vendored webhook example into its record and checks the fields GitHub always sends.
 */
class WebhookExamplesTest {

  private static final JsonMapper JSON = JsonMapper.createDefault();

  static List<Path> examples() {
    return WebhookExamples.files();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void parsesExampleIntoItsRecord(Path file) throws IOException {
    byte[] body = WebhookExamples.read(file);
    String event = WebhookExamples.event(file);
    JsonNode raw = JSON.readValue(body, JsonNode.class);
    var type = EventTypes.of(event);
    if (type.isEmpty()) {
      assertThat(raw.isObject()).as("an event without a model still parses as JSON").isTrue();
      return;
    }
    WebhookEvent parsed = JSON.readValue(body, type.get());

    assertThat(parsed).isInstanceOf(type.get());
    String action = WebhookExamples.action(file);
    if (action != null) {
      assertThat(parsed).extracting("action").isEqualTo(action);
    }
    JsonNode sender = raw.get("sender");
    if (sender != null && !sender.isNull()) {
      assertThat(parsed.sender()).isNotNull();
      assertThat(parsed.sender().login()).isEqualTo(sender.get("login").getStringValue());
      assertThat(parsed.sender().id()).isPositive();
    }
    JsonNode installation = raw.get("installation");
    if (installation != null && !installation.isNull()) {
      assertThat(parsed.installation().id()).isEqualTo(installation.get("id").getLongValue());
    }
    JsonNode repository = raw.get("repository");
    if (repository != null && !repository.isNull()) {
      assertThat(parsed.repository().fullName())
          .isEqualTo(repository.get("full_name").getStringValue());
      assertThat(parsed.repository().owner().login()).isNotBlank();
    }
    ExpectedFields.check(parsed, raw);
  }

  @Test
  void everyModelIsExercisedByTheCorpus() throws IOException {
    Map<String, Integer> parsedPerEvent = new TreeMap<>();
    for (Path file : WebhookExamples.files()) {
      String event = WebhookExamples.event(file);
      var type = EventTypes.of(event);
      if (type.isPresent()) {
        assertThat(JSON.readValue(WebhookExamples.read(file), type.get())).isNotNull();
        parsedPerEvent.merge(event, 1, Integer::sum);
      }
    }

    assertThat(parsedPerEvent.keySet()).containsExactlyInAnyOrderElementsOf(EventTypes.events());
    assertThat(parsedPerEvent.values()).allSatisfy(count -> assertThat(count).isPositive());
  }
}
