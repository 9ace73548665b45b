package dev.botwright.internal.dispatch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, in one streaming pass, only the payload fields {@link PayloadCoordinates} looks at and
 * returns them as a small tree of the same shape. Most handlers need the repository, issue and
 * sender but never the full tree, and building that tree was the largest cost of a delivery in the
 * benchmark profile (docs/performance.md).
 */
final class CoordinatesReader {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          // Bodies were size-checked at intake; a long string (a diff) must not fail here.
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build();

  /** Top-level field -> the fields kept inside it (owner is read one level deeper). */
  private static final Map<String, Set<String>> KEPT =
      Map.of(
          "repository", Set.of("owner", "name"),
          "issue", Set.of("number", "pull_request"),
          "pull_request", Set.of("number"),
          "sender", Set.of("type"));

  private static final Set<String> OWNER = Set.of("login");

  private CoordinatesReader() {}

  /**
   * The reduced tree, or empty when the body is not one JSON object (the caller then falls back).
   */
  static Optional<JsonNode> read(byte[] body) {
    try (JsonParser parser = FACTORY.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      return Optional.of(object(parser, KEPT.keySet(), true));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Reads the object the parser is at (after START_OBJECT), keeping only {@code kept} fields. */
  private static JsonNode object(JsonParser parser, Set<String> kept, boolean top)
      throws IOException {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (token == null) {
        throw new IOException("unexpected end of payload");
      }
      String name = parser.currentName();
      token = parser.nextToken();
      if (!kept.contains(name)) {
        parser.skipChildren();
        continue;
      }
      if (token == JsonToken.START_OBJECT) {
        // At the top, kept is KEPT's key set, so KEPT has an entry for every name kept here.
        Set<String> inner =
            top ? Objects.requireNonNull(KEPT.get(name)) : "owner".equals(name) ? OWNER : Set.of();
        fields.put(name, object(parser, inner, false));
      } else {
        fields.put(name, scalar(parser, token));
      }
    }
    return JsonNode.createObjectNode(fields);
  }

  /** Strings and numbers as they are; anything else only keeps whether it was null. */
  private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return JsonNode.createStringNode(parser.getText());
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? JsonNode.createNumberNode((BigInteger) parser.getNumberValue())
            : JsonNode.createNumberNode(parser.getLongValue());
      case VALUE_NUMBER_FLOAT:
        return JsonNode.createNumberNode(parser.getDoubleValue());
      case VALUE_NULL:
        return JsonNode.nullNode();
      case START_ARRAY:
        parser.skipChildren();
        return JsonNode.createArrayNode(java.util.List.of());
      default:
        return JsonNode.createBooleanNode(token == JsonToken.VALUE_TRUE);
    }
  }
}
