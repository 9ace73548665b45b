package dev.botwright.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader's contract, through a reader written the way the generator writes them: required
 * fields fail with their path, anything else that cannot be read is null (or empty) and logged.
 */
class JsonInputTest {

  private static final String SUBJECT = "The thing.made payload of delivery d-1 cannot be read: ";

  @Test
  void readsFieldsByTheirJsonNamesAndSkipsUnknownOnes() {
    Thing thing =
        read(
            """
            {"name": "a", "unknown": {"deep": [1, {"x": null}, "y"]}, "id": 7,
             "created_at": "2024-05-01T10:00:00Z", "owner": {"id": 2, "future": [true]},
             "note": "n", "size": 12, "tags": ["t"], "color": "red", "last": "z"}
            """);

    assertThat(thing)
        .isEqualTo(
            new Thing(
                "a",
                7,
                Instant.parse("2024-05-01T10:00:00Z"),
                null,
                "n",
                12L,
                new Part(2, null),
                null,
                List.of(),
                List.of("t"),
                Map.of(),
                Color.RED,
                "z"));
  }

  @Test
  void anOptionalFieldOfTheWrongKindReadsAsNullAndIsLoggedOnceWithItsPath() {
    try (JsonInputLog log = JsonInputLog.capture()) {
      Thing thing =
          read(
              """
              {"name": "a", "id": 1, "created_at": "2024-05-01T10:00:00Z", "owner": {"id": 2,
               "label": 5}, "note": 42, "at": "not a time", "size": ["big"], "color": {"no": 1},
               "last": "z"}
              """);

      assertThat(thing.owner().label()).isNull();
      assertThat(thing.note()).isNull();
      assertThat(thing.at()).isNull();
      assertThat(thing.size()).isNull();
      assertThat(thing.color()).isNull();
      assertThat(thing.last()).as("read on after the unreadable fields").isEqualTo("z");
      assertThat(log.messages())
          .containsExactly(
              "DEBUG owner.label of the thing.made payload of delivery d-1 is a whole number, not a"
                  + " string: read as null",
              "DEBUG note of the thing.made payload of delivery d-1 is a whole number, not a"
                  + " string: read as null",
              "DEBUG at of the thing.made payload of delivery d-1 is a string, not a timestamp:"
                  + " read as null",
              "DEBUG size of the thing.made payload of delivery d-1 is a list, not a whole number:"
                  + " read as null",
              "DEBUG color of the thing.made payload of delivery d-1 is an object, not a string:"
                  + " read as null");
    }
  }

  @Test
  void anOptionalFieldThatIsNullOrMissingIsNullWithoutANote() {
    try (JsonInputLog log = JsonInputLog.capture()) {
      Thing thing = read(minimal(", \"note\": null, \"at\": null, \"part\": null"));

      assertThat(thing.note()).isNull();
      assertThat(thing.at()).isNull();
      assertThat(thing.part()).isNull();
      assertThat(thing.size()).isNull();
      assertThat(log.messages()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\": null, \"id\": 1, \"created_at\": 1, \"owner\": {\"id\": 2}}|name|is null",
        "{\"id\": 1, \"created_at\": 1, \"owner\": {\"id\": 2}}|name|is missing",
        "{\"name\": [\"s3cret\"], \"id\": 1, \"created_at\": 1, \"owner\": {\"id\": 2}}"
            + "|name|is a list, not a string",
        "{\"name\": \"a\", \"id\": 1.5, \"created_at\": 1, \"owner\": {\"id\": 2}}"
            + "|id|is a decimal number, not a whole number",
        "{\"name\": \"a\", \"id\": 1, \"created_at\": \"s3cret\", \"owner\": {\"id\": 2}}"
            + "|created_at|is a string, not a timestamp",
        "{\"name\": \"a\", \"id\": 1, \"created_at\": 1, \"owner\": {\"id\": \"s3cret\"}}"
            + "|owner.id|is a string, not a whole number",
        "{\"name\": \"a\", \"id\": 1, \"created_at\": 1, \"owner\": {\"label\": \"s3cret\"}}"
            + "|owner.id|is missing",
        "{\"name\": \"a\", \"id\": 1, \"created_at\": 1, \"owner\": \"s3cret\"}"
            + "|owner|is a string, not an object",
      })
  void aRequiredFieldThatIsNullMissingOrOfTheWrongKindFailsWithItsPath(
      String json, String path, String problem) {
    JsonBindingException e = catchThrowableOfType(JsonBindingException.class, () -> read(json));

    assertThat(e.path()).isEqualTo(path);
    assertThat(e.eventKey()).isEqualTo("thing.made");
    assertThat(e.deliveryId()).isEqualTo("d-1");
    assertThat(e.subject()).isEqualTo("thing.made payload of delivery d-1");
    assertThat(e)
        .hasMessage(
            SUBJECT
                + "'"
                + path
                + "' "
                + problem
                + because(problem)
                + ". Read this event as JSON (take a JsonNode, or EventContext.payload()) until"
                + " the model is fixed, and report the payload's shape to Botwright.")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void aBrokenOptionalObjectReadsAsNullWhileTheRestBinds() {
    try (JsonInputLog log = JsonInputLog.capture()) {
      Thing thing =
          read(
              minimal(
                  """
                  , "part": {"id": "x", "label": {"deep": [1, [2, {"id": 3}]]}, "more": 4},
                  "parts": [{"id": 1}, {"label": "no id"}, {"id": 3}], "last": "z"
                  """));

      assertThat(thing.part()).isNull();
      assertThat(thing.parts()).extracting(Part::id).containsExactly(1L, 3L);
      assertThat(thing.last()).as("read on after the broken object").isEqualTo("z");
      assertThat(log.messages())
          .containsExactly(
              "DEBUG part of the thing.made payload of delivery d-1 is read as null: part.id is a"
                  + " string, not a whole number as GitHub's schema says",
              "DEBUG parts[1] of the thing.made payload of delivery d-1 is read as null:"
                  + " parts[1].id is missing, but GitHub's schema says it is always there");
    }
  }

  @Test
  void listsDropNullAndUnreadableItemsAreEmptyWhenMissingAndCannotBeChanged() {
    try (JsonInputLog log = JsonInputLog.capture()) {
      Thing thing = read(minimal(", \"tags\": [\"a\", null, \"b\", 7], \"parts\": null"));

      assertThat(thing.tags()).containsExactly("a", "b");
      assertThat(thing.parts()).isEmpty();
      assertThat(thing.counts()).isEmpty();
      assertThatThrownBy(() -> thing.tags().add("c"))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> thing.parts().add(new Part(1, null)))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(log.messages())
          .containsExactly(
              "DEBUG tags[3] of the thing.made payload of delivery d-1 is a whole number, not a"
                  + " string: read as null");
    }
    Thing notAList = read(minimal(", \"tags\": \"a\""));
    assertThat(notAList.tags()).isEmpty();
  }

  @Test
  void mapsDropNullAndUnreadableValuesAndCannotBeChanged() {
    Thing thing = read(minimal(", \"counts\": {\"a\": 1, \"b\": null, \"c\": \"x\", \"d\": 4}"));

    assertThat(thing.counts()).containsExactly(Map.entry("a", 1L), Map.entry("d", 4L));
    assertThatThrownBy(() -> thing.counts().put("e", 5L))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'\"2019-05-15T15:20:18Z\"', 2019-05-15T15:20:18Z",
    "'\"2019-05-15T17:20:18+02:00\"', 2019-05-15T15:20:18Z",
    "'\"2019-05-15T15:20:18.250Z\"', 2019-05-15T15:20:18.250Z",
    "1557933618, 2019-05-15T15:20:18Z",
  })
  void timestampsAreIsoWithAnOffsetOrEpochSeconds(String json, String expected) {
    Thing thing =
        read(
            "{\"name\": \"a\", \"id\": 1, \"created_at\": "
                + json
                + ", \"owner\": {\"id\": 2}, \"at\": "
                + json
                + "}");

    assertThat(thing.createdAt()).isEqualTo(Instant.parse(expected));
    assertThat(thing.at()).isEqualTo(Instant.parse(expected));
  }

  @Test
  void aTimestampWithoutAnOffsetIsNotOne() {
    assertThat(read(minimal(", \"at\": \"2019-05-15T15:20:18\"")).at()).isNull();
    assertThat(read(minimal(", \"at\": \"2019-05-15\"")).at()).isNull();
  }

  @Test
  void anEnumValueThisVersionDoesNotKnowIsUnrecognizedAndLogged() {
    try (JsonInputLog log = JsonInputLog.capture()) {
      Thing thing = read(minimal(", \"color\": \"ultraviolet\""));

      assertThat(thing.color()).isEqualTo(Color.UNRECOGNIZED);
      assertThat(log.messages())
          .containsExactly(
              "DEBUG color of the thing.made payload of delivery d-1 has the value 'ultraviolet',"
                  + " which this version does not know: read as UNRECOGNIZED");
    }
  }

  @Test
  void invalidJsonIsRefusedWithItsLineAndColumnButNotItsText() {
    String json = "{\"name\": \"s3cret\",\n \"id\": 1,\n \"owner\": {\"id\": s3cret}}";

    JsonBindingException e = catchThrowableOfType(JsonBindingException.class, () -> read(json));

    assertThat(e.path()).isEmpty();
    assertThat(e.getMessage())
        .startsWith(SUBJECT + "the document is not valid JSON (line 3, column ")
        .doesNotContain("s3cret");
    assertThat(catchThrowableOfType(JsonBindingException.class, () -> read("{\"name\": \"s3")))
        .hasMessageStartingWith(SUBJECT + "the document is not valid JSON (line 1, column ")
        .hasMessageNotContaining("s3");
  }

  /** What the message adds after the problem: why it is one. */
  private static String because(String problem) {
    if (problem.equals("is null")) {
      return ", but GitHub's schema says it never is";
    }
    if (problem.equals("is missing")) {
      return ", but GitHub's schema says it is always there";
    }
    return " as GitHub's schema says";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"[1, 2]|is a list, not an object", "\"text\"|is a string, not an object"})
  void aDocumentThatIsNotAnObjectIsRefused(String json, String problem) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(JsonBindingException.class)
        .hasMessage(SUBJECT + "the document " + problem + ".");
  }

  @Test
  void anEmptyDocumentIsRefused() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(JsonBindingException.class)
        .hasMessage(SUBJECT + "the document is empty.");
  }

  @Test
  void aRestAnswerNamesWhatWasAskedAndHowToReadItInstead() {
    JsonBindingException e =
        catchThrowableOfType(
            JsonBindingException.class,
            () ->
                JsonInput.readAnswer(
                    "{}".getBytes(StandardCharsets.UTF_8), "answer of GET /thing", Thing::read));

    assertThat(e.eventKey()).isNull();
    assertThat(e.deliveryId()).isNull();
    assertThat(e)
        .hasMessage(
            "The answer of GET /thing cannot be read: 'name' is missing, but GitHub's schema says"
                + " it is always there. Call request(route, parameters) and read the JsonNode"
                + " answer instead.");
  }

  @Test
  void topLevelStringReadsOnlyTheTopLevelField() {
    assertThat(topLevel("{\"issue\": {\"action\": \"inner\"}, \"action\": \"opened\"}"))
        .isEqualTo("opened");
    assertThat(topLevel("{\"issue\": {\"action\": \"inner\"}}")).isNull();
    assertThat(topLevel("{\"action\": 5}")).isNull();
    assertThat(topLevel("[\"action\"]")).isNull();
    assertThat(topLevel("{\"action\": ")).isNull();
  }

  private static @Nullable String topLevel(String json) {
    return JsonInput.topLevelString(json.getBytes(StandardCharsets.UTF_8), "action");
  }

  /** The required fields and nothing else, then {@code more} (which starts with a comma). */
  private static String minimal(String more) {
    return "{\"name\": \"a\", \"id\": 1, \"created_at\": 1, \"owner\": {\"id\": 2}" + more + "}";
  }

  @Test
  void aByteIdenticalCopyOfALargeObjectIsTheRecordReadFirstAndAnyDifferenceIsReadAgain() {
    Trio trio =
        JsonInput.read(
            """
            {"base": {"id": 1, "label": "repo"}, "head": {"id": 1, "label": "repo"},
             "event": {"id": 1, "label": "repo2"}, "last": {"id": 1,"label": "repo"},
             "again": {"id": 1, "label": "repo"}, "after": "end"}
            """
                .getBytes(StandardCharsets.UTF_8),
            "thing.made",
            "d-1",
            Trio::read);

    assertThat(trio.head()).isSameAs(trio.base()).isEqualTo(new Part(1, "repo"));
    assertThat(trio.again()).isSameAs(trio.base());
    // A longer value and a different spacing are other bytes: read again, and read right.
    assertThat(trio.event()).isEqualTo(new Part(1, "repo2"));
    assertThat(trio.last()).isEqualTo(new Part(1, "repo")).isNotSameAs(trio.base());
    // What follows a skipped copy is read where it is.
    assertThat(trio.after()).isEqualTo("end");
  }

  /** A reader that asks for byte-identical copies, as the generator's readers of large records. */
  record Trio(Part base, Part head, @Nullable Part event, Part last, Part again, String after) {

    static Trio read(JsonInput in) throws IOException {
      Part base = null;
      Part head = null;
      Part event = null;
      Part last = null;
      Part again = null;
      String after = null;
      while (in.nextField()) {
        switch (in.field()) {
          case "base" -> base = in.requiredObject(Part.class, Part::read);
          case "head" -> head = in.requiredObject(Part.class, Part::read);
          case "event" -> event = in.object(Part.class, Part::read);
          case "last" -> last = in.requiredObject(Part.class, Part::read);
          case "again" -> again = in.requiredObject(Part.class, Part::read);
          case "after" -> after = in.requiredString();
          default -> in.skipValue();
        }
      }
      return new Trio(base, head, event, last, again, after);
    }
  }

  private static Thing read(String json) {
    return JsonInput.read(json.getBytes(StandardCharsets.UTF_8), "thing.made", "d-1", Thing::read);
  }

  enum Color {
    RED,
    UNRECOGNIZED;

    static Color of(String value) {
      return value.equals("red") ? RED : UNRECOGNIZED;
    }
  }

  record Part(long id, @Nullable String label) {

    static Part read(JsonInput in) throws IOException {
      long id = 0;
      boolean hasId = false;
      String label = null;
      while (in.nextField()) {
        switch (in.field()) {
          case "id" -> {
            id = in.requiredLong();
            hasId = true;
          }
          case "label" -> label = in.string();
          default -> in.skipValue();
        }
      }
      if (!hasId) {
        throw in.missing("id");
      }
      return new Part(id, label);
    }
  }

  /** Shaped like a generated record: a few required fields, the rest optional. */
  record Thing(
      String name,
      long id,
      Instant createdAt,
      @Nullable Instant at,
      @Nullable String note,
      @Nullable Long size,
      Part owner,
      @Nullable Part part,
      List<Part> parts,
      List<String> tags,
      Map<String, Long> counts,
      @Nullable Color color,
      @Nullable String last) {

    static Thing read(JsonInput in) throws IOException {
      String name = null;
      long id = 0;
      boolean hasId = false;
      Instant createdAt = null;
      Instant at = null;
      String note = null;
      Long size = null;
      Part owner = null;
      Part part = null;
      List<Part> parts = List.of();
      List<String> tags = List.of();
      Map<String, Long> counts = Map.of();
      Color color = null;
      String last = null;
      while (in.nextField()) {
        switch (in.field()) {
          case "name" -> name = in.requiredString();
          case "id" -> {
            id = in.requiredLong();
            hasId = true;
          }
          case "created_at" -> createdAt = in.requiredInstant();
          case "at" -> at = in.instant();
          case "note" -> note = in.string();
          case "size" -> size = in.optionalLong();
          case "owner" -> owner = in.requiredObject(Part::read);
          case "part" -> part = in.object(Part::read);
          case "parts" -> parts = in.list(i -> i.object(Part::read));
          case "tags" -> tags = in.list(JsonInput::string);
          case "counts" -> counts = in.map(JsonInput::optionalLong);
          case "color" -> color = in.enumValue(Color::of, Color.UNRECOGNIZED);
          case "last" -> last = in.string();
          default -> in.skipValue();
        }
      }
      if (name == null) {
        throw in.missing("name");
      }
      if (!hasId) {
        throw in.missing("id");
      }
      if (createdAt == null) {
        throw in.missing("created_at");
      }
      if (owner == null) {
        throw in.missing("owner");
      }
      return new Thing(
          name, id, createdAt, at, note, size, owner, part, parts, tags, counts, color, last);
    }
  }
}
