package dev.botwright.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.micronaut.core.annotation.Internal;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming reader behind the generated records' {@code read} methods: one pass over the bytes,
 * no tree, no reflection. A field the schema says is always there fails the read with its path
 * ({@link JsonBindingException}); any other field that is missing, null or unreadable becomes null
 * (or an empty list), logged once at DEBUG with its path, so one broken optional field never fails
 * a whole payload. Unknown fields are skipped; null list items are dropped.
 */
@Internal
public final class JsonInput {

  /** Reads the value at the parser's current token. */
  @FunctionalInterface
  public interface Reader<T> {
    /** Reads it; null for a lenient read of an unreadable value. */
    @Nullable T read(JsonInput in) throws IOException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(JsonInput.class);

  /** Payloads reach 25 MB and may be one long string (a diff, a file); bytes bound them anyway. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build();

  private final JsonParser parser;
  private final String subject;
  private final @Nullable String eventKey;
  private final @Nullable String deliveryId;
  private final RepeatedObjects repeated;

  private JsonInput(
      JsonParser parser,
      String subject,
      @Nullable String eventKey,
      @Nullable String deliveryId,
      byte[] source) {
    this.parser = parser;
    this.subject = subject;
    this.eventKey = eventKey;
    this.deliveryId = deliveryId;
    this.repeated = new RepeatedObjects(source);
  }

  /**
   * Reads a webhook payload with a generated reader.
   *
   * @param eventKey e.g. {@code issues.opened}, for messages
   * @param deliveryId the delivery, for messages; null when there is none
   */
  public static <T> T read(
      byte[] payload, String eventKey, @Nullable String deliveryId, Reader<T> reader) {
    String subject =
        eventKey + " payload" + (deliveryId == null ? "" : " of delivery " + deliveryId);
    return readDocument(payload, subject, eventKey, deliveryId, reader, false);
  }

  /**
   * Reads a REST answer with a generated reader.
   *
   * @param what e.g. {@code "answer of GET /repos/{owner}/{repo}/issues/{issue_number}"}
   */
  public static <T> T readAnswer(byte[] body, String what, Reader<T> reader) {
    return readDocument(body, what, null, null, reader, false);
  }

  private static <T> T readDocument(
      byte[] body,
      String subject,
      @Nullable String eventKey,
      @Nullable String deliveryId,
      Reader<T> reader,
      boolean arrayAllowed) {
    try (JsonParser parser = FACTORY.createParser(body)) {
      JsonInput in = new JsonInput(parser, subject, eventKey, deliveryId, body);
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT && !(arrayAllowed && first == JsonToken.START_ARRAY)) {
        throw in.failure("", first == null ? "is empty" : "is " + kind(first) + ", not an object");
      }
      T value = reader.read(in);
      if (value == null) {
        throw in.failure("", "could not be read");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new JsonBindingException(
          subject,
          "",
          "is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")",
          eventKey,
          deliveryId);
    } catch (IOException e) {
      throw new JsonBindingException(
          subject, "", "could not be read: " + e.getClass().getSimpleName(), eventKey, deliveryId);
    }
  }

  /**
   * Reads the items of a REST answer that is a list: a JSON array, or an object with one array
   * field (as {@code GET /installation/repositories} wraps its repositories). Strict: an item that
   * fails fails the read, since a list with a silent gap would mislead a bot.
   *
   * @param item the generated reader of one item, called on the item's {@code START_OBJECT}
   */
  public static <T> List<T> readItems(byte[] body, String what, Reader<T> item) {
    return readDocument(body, what, null, null, in -> in.items(item), true);
  }

  /** The top-level string field {@code name} of a JSON object, or null; reads nothing else. */
  public static @Nullable String topLevelString(byte[] json, String name) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals(field) && value == JsonToken.VALUE_STRING) {
          return parser.getText();
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  private <T> List<T> items(Reader<T> item) throws IOException {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      List<T> found = null;
      String field = null;
      while (nextField()) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
          skipValue();
        } else if (found == null) {
          field = field();
          found = items(item);
        } else {
          throw failure(
              "",
              "has two lists ('"
                  + field
                  + "' and '"
                  + field()
                  + "') where one list of items was"
                  + " expected");
        }
      }
      if (found == null) {
        throw failure("", "has no list of items");
      }
      return found;
    }
    List<T> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(requiredObject(item));
    }
    return Collections.unmodifiableList(items);
  }

  /**
   * Moves to the next field of the current object and onto its value; false at the object's end.
   */
  public boolean nextField() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.FIELD_NAME) {
      parser.nextToken();
      return true;
    }
    if (token == JsonToken.END_OBJECT) {
      return false;
    }
    throw failure(path(), "ends early");
  }

  /** The name of the field whose value is current. */
  public String field() throws IOException {
    return parser.currentName();
  }

  /** Skips the current value, with everything in it. */
  public void skipValue() throws IOException {
    parser.skipChildren();
  }

  /** A string the schema requires. */
  public String requiredString() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    throw wrong("a string");
  }

  /** A string, or null when null or not a string. */
  public @Nullable String string() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    return lenient(token, "a string");
  }

  /** A whole number the schema requires. */
  public long requiredLong() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && fitsLong()) {
      return parser.getLongValue();
    }
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      throw failure(path(), "is a whole number too large for a long");
    }
    throw wrong("a whole number");
  }

  /** A whole number, or null. */
  public @Nullable Long optionalLong() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT && fitsLong()) {
      return parser.getLongValue();
    }
    return lenient(token, "a whole number");
  }

  private boolean fitsLong() throws IOException {
    JsonParser.NumberType type = parser.getNumberType();
    return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
  }

  /** A number the schema requires. */
  public double requiredDouble() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDoubleValue();
    }
    throw wrong("a number");
  }

  /** A number, or null. */
  public @Nullable Double optionalDouble() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDoubleValue();
    }
    return lenient(token, "a number");
  }

  /** A boolean the schema requires. */
  public boolean requiredBoolean() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    throw wrong("true or false");
  }

  /** A boolean, or null. */
  public @Nullable Boolean optionalBoolean() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    return lenient(token, "true or false");
  }

  /** A timestamp the schema requires: ISO 8601 with an offset, or seconds since the epoch. */
  public Instant requiredInstant() throws IOException {
    Instant instant = parseInstant();
    if (instant == null) {
      throw wrong("a timestamp");
    }
    return instant;
  }

  /** A timestamp (ISO 8601 with an offset, or seconds since the epoch), or null. */
  public @Nullable Instant instant() throws IOException {
    Instant instant = parseInstant();
    return instant != null ? instant : lenient(parser.currentToken(), "a timestamp");
  }

  private @Nullable Instant parseInstant() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return Timestamps.parse(parser.getText());
    }
    if (token == JsonToken.VALUE_NUMBER_INT && fitsLong()) {
      // Push payloads give a repository's created_at and pushed_at as epoch seconds.
      return Instant.ofEpochSecond(parser.getLongValue());
    }
    return null;
  }

  /** An enum value the schema requires; a value GitHub added later is {@code unrecognized}. */
  public <E extends Enum<E>> E requiredEnum(Function<String, E> of, E unrecognized)
      throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrong("a string");
    }
    return enumOf(of, unrecognized);
  }

  /** An enum value, {@code unrecognized} for a value GitHub added later, or null. */
  public <E extends Enum<E>> @Nullable E enumValue(Function<String, E> of, E unrecognized)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_STRING) {
      return lenient(token, "a string");
    }
    return enumOf(of, unrecognized);
  }

  private <E extends Enum<E>> E enumOf(Function<String, E> of, E unrecognized) throws IOException {
    String text = parser.getText();
    E value = of.apply(text);
    if (value == unrecognized && LOG.isDebugEnabled()) {
      LOG.debug(
          "{} of the {} has the value '{}', which this version does not know: read as {}",
          path(),
          subject,
          text.length() > 64 ? text.substring(0, 64) + "..." : text,
          unrecognized.name());
    }
    return value;
  }

  /** An object the schema requires; a field of it that fails fails this read. */
  public <T> T requiredObject(Reader<T> reader) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrong("an object");
    }
    T value = reader.read(this);
    if (value == null) {
      throw wrong("an object");
    }
    return value;
  }

  /**
   * {@link #requiredObject(Reader)} for a large record that documents repeat byte for byte (a
   * repository in a pull request's base, head and event): a copy is answered with the record read
   * first, its bytes skipped.
   */
  public <T> T requiredObject(Class<T> type, Reader<T> reader) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrong("an object");
    }
    long start = parser.currentTokenLocation().getByteOffset();
    T seen = repeated.find(type, start);
    if (seen != null) {
      parser.skipChildren();
      return seen;
    }
    T value = requiredObject(reader);
    repeated.remember(type, start, parser.currentLocation().getByteOffset(), value);
    return value;
  }

  /** {@link #object(Reader)} for a large record that documents repeat byte for byte. */
  public <T> @Nullable T object(Class<T> type, Reader<T> reader) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return object(reader);
    }
    long start = parser.currentTokenLocation().getByteOffset();
    T seen = repeated.find(type, start);
    if (seen != null) {
      parser.skipChildren();
      return seen;
    }
    T value = object(reader);
    if (value != null) {
      repeated.remember(type, start, parser.currentLocation().getByteOffset(), value);
    }
    return value;
  }

  /**
   * An object, or null: also when a field it requires is missing or unreadable, since a broken
   * optional part must not fail the whole payload.
   */
  public <T> @Nullable T object(Reader<T> reader) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT) {
      return lenient(token, "an object");
    }
    int depth = parser.getParsingContext().getNestingDepth();
    try {
      return reader.read(this);
    } catch (JsonBindingException e) {
      skipOut(depth);
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} of the {} is read as null: {} {}", path(), subject, e.path(), e.problem());
      }
      return null;
    }
  }

  /** After a failure somewhere inside the object at {@code depth}: moves past its end. */
  private void skipOut(int depth) throws IOException {
    while (parser.getParsingContext().getNestingDepth() >= depth) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return;
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        parser.skipChildren();
      }
    }
  }

  /** A list; missing, null or not a list is empty. Null and unreadable items are dropped. */
  public <T> List<T> list(Reader<T> item) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_ARRAY) {
      lenient(token, "a list");
      return List.of();
    }
    List<T> items = null;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      T value = item.read(this);
      if (value != null) {
        if (items == null) {
          items = new ArrayList<>();
        }
        items.add(value);
      }
    }
    return items == null ? List.of() : Collections.unmodifiableList(items);
  }

  /** An object with free keys; missing or null is empty. Null and unreadable values are dropped. */
  public <T> Map<String, T> map(Reader<T> value) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT) {
      lenient(token, "an object");
      return Map.of();
    }
    Map<String, T> entries = new LinkedHashMap<>();
    while (nextField()) {
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      T read = value.read(this);
      if (read != null) {
        entries.put(field(), read);
      }
    }
    return Collections.unmodifiableMap(entries);
  }

  /** Any JSON value as a tree; null for JSON null. */
  public @Nullable JsonNode tree() throws IOException {
    JsonToken token = parser.currentToken();
    return token == JsonToken.VALUE_NULL ? null : node(token);
  }

  private JsonNode node(JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          fields.put(name, node(parser.nextToken()));
        }
        return JsonNode.createObjectNode(fields);
      }
      case START_ARRAY -> {
        List<JsonNode> items = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          items.add(node(next));
        }
        return JsonNode.createArrayNode(items);
      }
      case VALUE_STRING -> {
        return JsonNode.createStringNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return fitsLong()
            ? JsonNode.createNumberNode(parser.getLongValue())
            : JsonNode.createNumberNode(parser.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return JsonNode.createNumberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return JsonNode.createBooleanNode(token == JsonToken.VALUE_TRUE);
      }
      default -> {
        return JsonNode.nullNode();
      }
    }
  }

  /**
   * The failure for a required field that is absent from the object just read.
   *
   * @param field the field's JSON name
   */
  public JsonBindingException missing(String field) {
    String where = path();
    return failure(
        where.isEmpty() ? field : where + "." + field,
        "is missing, but GitHub's schema says it is always there");
  }

  private JsonBindingException wrong(String expected) {
    JsonToken token = parser.currentToken();
    String problem =
        token == JsonToken.VALUE_NULL
            ? "is null, but GitHub's schema says it never is"
            : "is " + kind(token) + ", not " + expected + " as GitHub's schema says";
    return failure(path(), problem);
  }

  private JsonBindingException failure(String path, String problem) {
    return new JsonBindingException(subject, path, problem, eventKey, deliveryId);
  }

  /** Skips an unreadable value of a field that may be missing: null, logged at DEBUG. */
  private <T> @Nullable T lenient(@Nullable JsonToken token, String expected) throws IOException {
    if (token == null || token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} of the {} is {}, not {}: read as null", path(), subject, kind(token), expected);
    }
    parser.skipChildren();
    return null;
  }

  /** The dotted path of the current value, e.g. {@code issue.labels[0].name}. */
  private String path() {
    List<String> parts = new ArrayList<>();
    JsonStreamContext current = parser.getParsingContext();
    if (parser.currentToken() == JsonToken.START_ARRAY
        || parser.currentToken() == JsonToken.START_OBJECT) {
      // On a list or object's opening token the parser is already inside it: name the field.
      current = current.getParent();
    }
    for (JsonStreamContext context = current;
        context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray()) {
        parts.add("[" + Math.max(context.getCurrentIndex(), 0) + "]");
      } else if (context.getCurrentName() != null) {
        parts.add("." + context.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      path.append(parts.get(i));
    }
    return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }

  private static String kind(@Nullable JsonToken token) {
    if (token == null) {
      return "absent";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }
}
