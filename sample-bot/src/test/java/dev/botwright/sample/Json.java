package dev.botwright.sample;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds and reads the JSON the stateful fake GitHub speaks. */
final class Json {

  private static final JsonMapper MAPPER = JsonMapper.createDefault();

  private Json() {}

  /** An object from alternating names and values (String, Number, Boolean, JsonNode, List). */
  static JsonNode object(Object... namesAndValues) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], node(namesAndValues[i + 1]));
    }
    return JsonNode.createObjectNode(fields);
  }

  static JsonNode node(Object value) {
    if (value == null) {
      return JsonNode.nullNode();
    } else if (value instanceof JsonNode node) {
      return node;
    } else if (value instanceof String s) {
      return JsonNode.createStringNode(s);
    } else if (value instanceof Integer i) {
      return JsonNode.createNumberNode(i);
    } else if (value instanceof Long l) {
      return JsonNode.createNumberNode(l);
    } else if (value instanceof Double d) {
      return JsonNode.createNumberNode(d);
    } else if (value instanceof Boolean b) {
      return JsonNode.createBooleanNode(b);
    } else if (value instanceof List<?> list) {
      List<JsonNode> items = new ArrayList<>();
      list.forEach(item -> items.add(node(item)));
      return JsonNode.createArrayNode(items);
    }
    throw new IllegalArgumentException("No JSON for a " + value.getClass());
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(byte[] json) {
    try {
      return MAPPER.readValue(json, JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
