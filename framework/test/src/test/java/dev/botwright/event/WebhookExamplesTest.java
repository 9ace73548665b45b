package dev.botwright.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.botwright.codegen.SchemaPayloads;
import dev.botwright.json.JsonBindingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The acceptance test of the generated model: every payload GitHub's schema describes (with only
 * its required fields, and with all of them) and every example payload the kit ships binds into the
 * record of its event and action, and every field a handler may call keeps the model's nullness
 * promise. Each test lists all of its failures at once, one line per payload and field.
 */
class WebhookExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static SchemaPayloads schema;

  @BeforeAll
  static void loadSchema() {
    schema = SchemaPayloads.load();
  }

  @Test
  void everyEventKeyOfTheSchemaHasARecord() {
    List<String> keys = schema.keys();

    assertThat(keys).hasSize(261).doesNotHaveDuplicates();
    assertThat(keys.stream().filter(key -> EventTypes.ofKey(key).isEmpty()))
        .as("event keys of the schema without a record of their own")
        .isEmpty();
    assertThat(keys.stream().map(WebhookExamples::event).distinct())
        .containsExactlyInAnyOrderElementsOf(EventTypes.events());
  }

  @Test
  void theMinimalPayloadOfEveryEventKeyBinds() {
    assertNoFailures("minimal schema", bindAll(key -> schema.minimal(key).toString()));
  }

  @Test
  void theFullPayloadOfEveryEventKeyBinds() {
    assertNoFailures("full schema", bindAll(key -> schema.full(key).toString()));
  }

  /**
   * GitHub's examples are older than its schema in places; a failure here names the example, the
   * field and what is wrong, for the generator (or the examples) to be fixed, never this test.
   */
  @Test
  void everyShippedExampleBinds() {
    List<String> failures = new ArrayList<>();
    for (String name : WebhookExamples.names()) {
      String json = new String(WebhookExamples.read(name), StandardCharsets.UTF_8);
      failures.addAll(bind(name, WebhookExamples.key(name), json));
    }
    assertNoFailures("shipped example", failures);
  }

  @Test
  void theIndexListsExamplesOfModelledEventsOnly() {
    List<String> names = WebhookExamples.names();

    assertThat(names).hasSizeGreaterThan(300).isSorted().doesNotHaveDuplicates();
    assertThat(names.stream().map(WebhookExamples::event).distinct())
        .allSatisfy(event -> assertThat(EventTypes.of(event)).as(event).isPresent());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "issues.opened, sender.login",
    "pull_request.opened, pull_request.head.sha",
    "push, ref",
  })
  void aNullInARequiredFieldOfAnExampleFailsWithItsPath(String name, String path)
      throws IOException {
    ObjectNode example = (ObjectNode) JSON.readTree(WebhookExamples.read(name));
    String[] steps = path.split("\\.");
    ObjectNode parent = example;
    for (int i = 0; i < steps.length - 1; i++) {
      parent = (ObjectNode) parent.get(steps[i]);
    }
    String field = steps[steps.length - 1];
    String value = parent.get(field).asText();
    parent.putNull(field);
    byte[] body = example.toString().getBytes(StandardCharsets.UTF_8);

    JsonBindingException e =
        catchThrowableOfType(
            JsonBindingException.class, () -> EventTypes.read(WebhookExamples.event(name), body));

    assertThat(e.path()).isEqualTo(path);
    assertThat(e.eventKey()).isEqualTo(name);
    assertThat(e.getMessage())
        .startsWith("The " + name + " payload cannot be read: '" + path + "' is null, but")
        .doesNotContain(value);
  }

  private static List<String> bindAll(Function<String, String> payload) {
    List<String> failures = new ArrayList<>();
    for (String key : schema.keys()) {
      failures.addAll(bind(key, key, payload.apply(key)));
    }
    return failures;
  }

  /**
   * Binds {@code json} as a delivery does (the action read from the payload), checks the record's
   * type and touches every field; each failure as {@code name: problem}.
   */
  private static List<String> bind(String name, String key, String json) {
    String event = WebhookExamples.event(key);
    Class<?> expected = EventTypes.ofKey(key).or(() -> EventTypes.of(event)).orElseThrow();
    WebhookEvent bound;
    try {
      bound = EventTypes.read(event, json.getBytes(StandardCharsets.UTF_8));
    } catch (JsonBindingException e) {
      // the field and its problem; the advice that follows is for users, not for this list
      return List.of(name + ": " + e.getMessage().replaceFirst("\\. (Read|Call) .*$", ""));
    }
    List<String> failures = new ArrayList<>();
    if (!expected.isInstance(bound)) {
      failures.add(
          name + ": read as " + bound.getClass().getName() + ", not " + expected.getName());
    }
    EveryField.problems(bound).forEach(problem -> failures.add(name + ": " + problem));
    return failures;
  }

  private static void assertNoFailures(String what, List<String> failures) {
    assertThat(failures)
        .as(
            "%d failure(s) reading each %s payload:%n  %s%n",
            failures.size(), what, String.join(System.lineSeparator() + "  ", failures))
        .isEmpty();
  }
}
