package dev.botwright.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.botwright.codegen.TypeRef.ObjectRef;
import dev.botwright.codegen.TypeRef.Scalar;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules that turn GitHub's many copies of one object into one honest record. */
class ModelBuilderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Naming NAMING =
      new Naming(Map.of("Simple User", "User"), Map.of(), Map.of(), Map.of());

  private static final String USER =
      """
      {"title": "User", "type": "object", "required": ["login", "id"],
       "properties": {"login": {"type": "string"}, "id": {"type": "integer"},
                      "email": {"type": ["string", "null"]}}}
      """;

  @Test
  void aFieldIsRequiredOnlyWhereEverySchemaOfItsRecordRequiresIt() throws Exception {
    ModelBuilder builder = builder("{}");
    builder.addRoot("A", object("{\"author\": " + USER + "}", "author"), true, Set.of(), "a");
    // The same title with fewer guarantees: id may be missing here.
    builder.addRoot(
        "B",
        object(
            "{\"author\": {\"title\": \"Simple User\", \"type\": \"object\","
                + " \"required\": [\"login\"], \"properties\": {\"login\": {\"type\": \"string\"},"
                + " \"id\": {\"type\": \"integer\"}}}}",
            "author"),
        true,
        Set.of(),
        "b");
    builder.finish();

    RecordSpec user = builder.records.get("User");
    assertThat(user.occurrences).isEqualTo(2);
    assertThat(user.required(user.fields.get("login"))).isTrue();
    assertThat(user.required(user.fields.get("id"))).isFalse();
    assertThat(user.required(user.fields.get("email"))).isFalse();
    assertThat(builder.records.get("A").fields.get("author").type).isEqualTo(new ObjectRef("User"));
  }

  @Test
  void allOfAddsUpPropertiesAndRequiredListsAndAllowsNullOnlyIfEveryPartDoes() throws Exception {
    ModelBuilder builder = builder("{}");
    String issue =
        "{\"allOf\": [{\"title\": \"Issue\", \"type\": [\"object\", \"null\"], \"required\":"
            + " [\"number\"], \"properties\": {\"number\": {\"type\": \"integer\"}, \"state\":"
            + " {\"type\": \"string\", \"enum\": [\"open\", \"closed\"]}}}, {\"type\": \"object\","
            + " \"required\": [\"state\"], \"properties\": {\"state\": {\"type\": \"string\","
            + " \"enum\": [\"closed\"]}}}]}";
    builder.addRoot(
        "IssuesEvent.Closed", object("{\"issue\": " + issue + "}", "issue"), true, Set.of(), "x");
    builder.finish();

    RecordSpec record = builder.records.get("IssuesEvent.Closed");
    assertThat(record.required(record.fields.get("issue"))).isTrue();
    RecordSpec merged = builder.records.get("Issue");
    assertThat(merged.required(merged.fields.get("number"))).isTrue();
    assertThat(merged.required(merged.fields.get("state"))).isTrue();
  }

  @Test
  void aUnionOfObjectsHoldsEveryVariantsFieldsAndRequiresOnlyWhatAllDo() throws Exception {
    ModelBuilder builder = builder("{}");
    String team =
        "{\"title\": \"Team\", \"type\": \"object\", \"required\": [\"id\", \"slug\"],"
            + " \"properties\": {\"id\": {\"type\": \"integer\"}, \"slug\": {\"type\":"
            + " \"string\"}}}";
    builder.addRoot(
        "Review",
        object(
            "{\"reviewer\": {\"oneOf\": [" + USER + ", " + team + "]}, \"by\": " + USER + "}",
            "reviewer"),
        false,
        Set.of(),
        "r");
    builder.finish();

    RecordSpec union = builder.records.get("ReviewReviewer");
    assertThat(union.fields.keySet()).containsExactlyInAnyOrder("login", "id", "email", "slug");
    assertThat(union.required(union.fields.get("id"))).isTrue();
    assertThat(union.required(union.fields.get("login"))).isFalse();
    // The user record itself keeps its guarantees.
    RecordSpec user = builder.records.get("User");
    assertThat(user.required(user.fields.get("login"))).isTrue();
  }

  @Test
  void differentScalarsWidenAndAnEnumMergesItsValues() throws Exception {
    ModelBuilder builder = builder("{}");
    builder.addRoot(
        "R",
        object(
            "{\"pushed_at\": {\"type\": [\"null\", \"integer\", \"string\"]}, \"count\": {\"type\":"
                + " \"integer\"}, \"kind\": {\"type\": \"string\", \"enum\": [\"a\"]}}",
            null),
        false,
        Set.of(),
        "1");
    builder.addRoot(
        "R",
        object(
            "{\"count\": {\"type\": \"number\"}, \"kind\": {\"type\": \"string\", \"enum\":"
                + " [\"b\", null]}}",
            null),
        false,
        Set.of(),
        "2");
    builder.finish();

    RecordSpec record = builder.records.get("R");
    assertThat(record.fields.get("pushed_at").type).isEqualTo(Scalar.INSTANT);
    assertThat(record.fields.get("count").type).isEqualTo(Scalar.DOUBLE);
    assertThat(builder.enums.get("R.Kind").values).containsExactly("a", "b");
    assertThat(record.required(record.fields.get("kind"))).isFalse();
  }

  @Test
  void javaNamesAvoidKeywordsAndEnumConstantsReadLikeJava() {
    Naming naming = new Naming(Map.of(), Map.of(), Map.of("+1", "plusOne"), Map.of());

    assertThat(naming.fieldName("private", true)).isEqualTo("isPrivate");
    assertThat(naming.fieldName("package", false)).isEqualTo("packageValue");
    assertThat(naming.fieldName("html_url", false)).isEqualTo("htmlUrl");
    assertThat(naming.fieldName("+1", false)).isEqualTo("plusOne");
    assertThat(Naming.constant("off-topic")).isEqualTo("OFF_TOPIC");
    assertThat(Naming.constant("too heated")).isEqualTo("TOO_HEATED");
    assertThat(Naming.constant("Bot")).isEqualTo("BOT");
    assertThat(Naming.pascal("Projects v2 Item")).isEqualTo("ProjectsV2Item");
  }

  @Test
  void aNestedTypeThatHidesATopLevelOneIsSpelledInFull() {
    TypeTree tree = new TypeTree("dev.botwright.event");
    tree.add("Repository", TypeTree.Kind.RECORD);
    tree.add("InstallationEvent", TypeTree.Kind.INTERFACE);
    tree.add("InstallationEvent.Created", TypeTree.Kind.RECORD);
    tree.add("InstallationEvent.Created.Repository", TypeTree.Kind.RECORD);
    tree.check();

    assertThat(tree.spell("Repository", "InstallationEvent.Created", "@Nullable"))
        .isEqualTo("dev.botwright.event.@Nullable Repository");
    assertThat(tree.spell("InstallationEvent.Created.Repository", "InstallationEvent", null))
        .isEqualTo("Created.Repository");
    assertThat(tree.spell("Repository", "User", null)).isEqualTo("Repository");
  }

  private static ModelBuilder builder(String components) throws Exception {
    JsonNode document =
        JSON.readTree("{\"components\": {\"schemas\": " + components + "}, \"webhooks\": {}}");
    return new ModelBuilder(new Schemas(document, "test"), NAMING);
  }

  /** An object schema with these properties, requiring {@code required} (or none). */
  private static JsonNode object(String properties, String required) throws Exception {
    return JSON.readTree(
        "{\"type\": \"object\", \"properties\": "
            + properties
            + (required == null ? "" : ", \"required\": [\"" + required + "\"]")
            + "}");
  }
}
