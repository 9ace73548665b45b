package dev.botwright.test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loading fixtures by name and varying them by path. */
class FixtureTest {

  private static final String SHIPPED = "/dev/botwright/test/webhook-examples/";

  @Test
  void loadsTheShippedExampleWhenTheProjectHasNoFixtureOfThatName() throws IOException {
    Fixture fixture = Fixture.of("issues.opened");

    assertThat(fixture.event()).contains("issues.opened");
    assertThat(fixture.action()).contains("opened");
    assertThat(fixture.bytes()).isEqualTo(shipped("issues.opened"));
  }

  @Test
  void prefersTheProjectsOwnFixtureOverTheShippedOne() throws IOException {
    // src/test/resources/fixtures/issues.labeled.json is the shipped one with another sender
    assertThat(login(Fixture.of("issues.labeled"), "sender")).isEqualTo("own-fixture");
    assertThat(login(Fixture.example("issues.labeled"), "sender")).isEqualTo("Codertocat");
    assertThat(Fixture.example("issues.labeled").bytes()).isEqualTo(shipped("issues.labeled"));
  }

  @Test
  void numberedVariantsAreSentAsTheirEvent() {
    assertThat(Fixture.of("issues.opened.2").event()).contains("issues.opened");
    assertThat(Fixture.of("push.3").event()).contains("push");
    assertThat(Fixture.resource("fixtures/issues.labeled.json").event()).contains("issues.labeled");
    assertThat(Fixture.examples()).hasSize(326).contains("issues.opened", "push.7");
  }

  @Test
  void setsNestedFieldsAndLeavesTheOriginalAlone() {
    Fixture original = Fixture.of("issues.opened");
    Fixture changed = original.with("issue.user.login", "alice");

    assertThat(login(changed, "issue")).isEqualTo("alice");
    assertThat(login(original, "issue")).isEqualTo("Codertocat");
    assertThat(changed.json().get("issue").get("title").getStringValue())
        .isEqualTo(original.json().get("issue").get("title").getStringValue());
    JsonNode reparsed = parse(changed.bytes());
    assertThat(reparsed.get("issue").get("user").get("login").getStringValue()).isEqualTo("alice");
    assertThat(reparsed.get("repository").get("full_name").getStringValue())
        .isEqualTo("Codertocat/Hello-World");
  }

  @Test
  void setsArrayElementsByIndexAndAppendsAtTheEnd() {
    Fixture fixture =
        Fixture.json("{\"labels\":[{\"name\":\"a\"},{\"name\":\"b\"}]}")
            .with("labels.1.name", "bug")
            .with("labels.2", Map.of("name", "new"));

    assertThat(parse(fixture.bytes()).toString())
        .isEqualTo(
            parse(
                    "{\"labels\":[{\"name\":\"a\"},{\"name\":\"bug\"},{\"name\":\"new\"}]}"
                        .getBytes(UTF_8))
                .toString());
  }

  @Test
  void createsMissingAndNullObjectsOnTheWay() {
    Fixture fixture =
        Fixture.json("{\"issue\":{\"assignee\":null}}")
            .with("issue.assignee.login", "bob")
            .with("deep.er.still", 1);

    assertThat(fixture.json().get("issue").get("assignee").get("login").getStringValue())
        .isEqualTo("bob");
    assertThat(fixture.json().get("deep").get("er").get("still").getIntValue()).isEqualTo(1);
  }

  @Test
  void writesEveryKindOfValue() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("list", List.of(1, "two", true));
    nested.put("none", null);
    Fixture fixture =
        Fixture.json("{}")
            .with("text", "hi")
            .with("int", 7)
            .with("long", 9_000_000_000L)
            .with("double", 1.5)
            .with("flag", false)
            .with("nothing", null)
            .with("map", nested)
            .withJson("raw", "{\"a\":[1,{\"b\":null}]}");

    assertThat(new String(fixture.bytes(), UTF_8))
        .isEqualTo(
            "{\"text\":\"hi\",\"int\":7,\"long\":9000000000,\"double\":1.5,\"flag\":false,"
                + "\"nothing\":null,\"map\":{\"list\":[1,\"two\",true],\"none\":null},"
                + "\"raw\":{\"a\":[1,{\"b\":null}]}}");
  }

  @Test
  void removesFieldsAndElements() {
    Fixture fixture =
        Fixture.json("{\"issue\":{\"assignee\":{\"login\":\"x\"},\"labels\":[1,2,3]}}")
            .without("issue.assignee")
            .without("issue.labels.0");

    assertThat(new String(fixture.bytes(), UTF_8)).isEqualTo("{\"issue\":{\"labels\":[2,3]}}");
  }

  @Test
  void namesThePathThatCannotBeChanged() {
    Fixture fixture = Fixture.of("issues.opened");

    assertThatThrownBy(() -> fixture.with("issue.title.text", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot set 'issue.title.text': 'issue.title' is a string, not an object or array");
    assertThatThrownBy(() -> fixture.with("issue.labels.5.name", "x"))
        .hasMessage(
            "Bad index '5' in 'issue.labels.5.name': 'issue.labels' is an array of 1 element(s);"
                + " use 0 to 1");
    assertThatThrownBy(() -> fixture.without("issue.asignee"))
        .hasMessage("Cannot remove 'issue.asignee': 'issue' has no field 'asignee'");
    assertThatThrownBy(() -> fixture.with("issue..title", "x"))
        .hasMessageStartingWith("Bad fixture path 'issue..title'");
    assertThatThrownBy(() -> fixture.with("issue.title", new Object()))
        .hasMessageStartingWith("Cannot put a java.lang.Object at 'issue.title'");
    assertThatThrownBy(() -> fixture.withJson("issue.title", "{nope"))
        .hasMessageStartingWith("The JSON for issue.title is not valid JSON");
  }

  @Test
  void suggestsTheNearestShippedExamplesForAnUnknownName() {
    assertThatThrownBy(() -> Fixture.of("issues.opend"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "No fixture named 'issues.opend': there is no fixtures/issues.opend.json on the test"
                + " classpath and no shipped example of that name. Nearest shipped examples:"
                + " issues.opened, ")
        .hasMessageEndingWith("(Fixture.examples() lists all 326)");
    assertThatThrownBy(() -> Fixture.of("issues.opened.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Fixture.resource(path)");
  }

  @Test
  void installationSetsTheIdAndKeepsTheRest() {
    Fixture fixture =
        Fixture.json("{\"installation\":{\"id\":5,\"node_id\":\"abc\"}}").installation(42);

    assertThat(new String(fixture.bytes(), UTF_8))
        .isEqualTo("{\"installation\":{\"id\":42,\"node_id\":\"abc\"}}");
    assertThat(fixture.addsDefaultInstallation()).isTrue();
    Fixture none = fixture.withoutInstallation();
    assertThat(new String(none.bytes(), UTF_8)).isEqualTo("{}");
    assertThat(none.addsDefaultInstallation()).isFalse();
  }

  @Test
  void settingTheActionChangesTheEvent() {
    Fixture fixture = Fixture.of("issues.opened").with("action", "reopened");

    assertThat(fixture.event()).contains("issues.reopened");
    assertThat(fixture.without("action").event()).contains("issues");
  }

  @Test
  void payloadsBuiltInCodeGetTheirEventFromForEvent() {
    Fixture fixture = Fixture.of(Map.of("action", "created", "starred_at", "now"));

    assertThat(fixture.event()).isEmpty();
    assertThat(fixture.forEvent("star.created").event()).contains("star.created");
    assertThat(fixture.action()).contains("created");
    assertThat(fixture).hasToString("Fixture[no event]");
  }

  private static String login(Fixture fixture, String field) {
    JsonNode account = fixture.json().get(field);
    return (field.equals("issue") ? account.get("user") : account).get("login").getStringValue();
  }

  private static JsonNode parse(byte[] json) {
    try {
      return JsonMapper.createDefault().readValue(json, JsonNode.class);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] shipped(String name) throws IOException {
    try (InputStream in = FixtureTest.class.getResourceAsStream(SHIPPED + name + ".json")) {
      return in.readAllBytes();
    }
  }
}
