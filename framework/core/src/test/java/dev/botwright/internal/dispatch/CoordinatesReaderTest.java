package dev.botwright.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.event.EventTypes;
import dev.botwright.event.IssuesEvent;
import dev.botwright.event.WebhookEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatesReaderTest {

  private final JsonMapper mapper = JsonMapper.createDefault();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "issues.opened",
        "issue_comment.created",
        "pull_request.opened",
        "push",
        "ping",
        "installation.deleted"
      })
  void givesTheSameCoordinatesAndErrorsAsTheFullTree(String fixture) throws IOException {
    byte[] body = Fixtures.bytes(fixture);
    JsonNode full = mapper.readValue(body, JsonNode.class);
    JsonNode reduced = CoordinatesReader.read(body).orElseThrow();

    for (Function<PayloadCoordinates, Object> accessor :
        java.util.List.<Function<PayloadCoordinates, Object>>of(
            PayloadCoordinates::repo,
            PayloadCoordinates::issue,
            PayloadCoordinates::pullRequest,
            PayloadCoordinates::isBot)) {
      assertThat(outcome(accessor, reduced)).isEqualTo(outcome(accessor, full));
    }
  }

  @Test
  void keepsOnlyTheCoordinateFields() {
    JsonNode reduced = CoordinatesReader.read(Fixtures.bytes("issues.opened")).orElseThrow();

    assertThat(reduced.get("repository").get("owner").get("login").getStringValue())
        .isEqualTo("Codertocat");
    assertThat(reduced.get("issue").get("number").getLongValue()).isEqualTo(1);
    assertThat(reduced.get("issue").get("title")).isNull();
    assertThat(reduced.get("action")).isNull();
    assertThat(reduced.get("repository").get("full_name")).isNull();
  }

  @Test
  void wrongTypesStayWrongAndNullPullRequestStaysNull() {
    String json =
        "{\"repository\":{\"owner\":\"x\",\"name\":5},\"issue\":{\"number\":\"7\","
            + "\"pull_request\":null},\"sender\":[1]}";
    JsonNode reduced = CoordinatesReader.read(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();

    assertThat(reduced.get("repository").get("owner").isObject()).isFalse();
    assertThat(reduced.get("repository").get("name").isString()).isFalse();
    assertThat(reduced.get("issue").get("number").isNumber()).isFalse();
    assertThat(reduced.get("issue").get("pull_request").isNull()).isTrue();
    assertThat(reduced.get("sender").isObject()).isFalse();
  }

  @Test
  void notOneObjectIsEmpty() {
    assertThat(CoordinatesReader.read("[1]".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(CoordinatesReader.read("{\"a\":".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void contextReadsTheTypedPayloadOnceWhicheverTypeIsAskedFor() {
    byte[] body =
        Fixtures.complete(
                "issues.opened",
                new String(Fixtures.bytes("issues.opened"), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
    DefaultEventContext fresh =
        new DefaultEventContext(
            Fixtures.delivery("d-1", "issues", "opened", 1, body),
            mapper,
            new FakeEventClients(),
            null);
    IssuesEvent.Opened opened = fresh.payload(IssuesEvent.Opened.class);

    assertThat(opened).isEqualTo(EventTypes.read("issues", "opened", body, "d-1"));
    assertThat(fresh.payload(IssuesEvent.class)).isSameAs(opened);
    assertThat(fresh.payload(WebhookEvent.class)).isSameAs(opened);
  }

  private static Object outcome(Function<PayloadCoordinates, Object> accessor, JsonNode tree) {
    try {
      return accessor.apply(new PayloadCoordinates(tree, "e.a", "d-1"));
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }
}
