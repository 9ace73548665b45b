package dev.botwright.internal.client;

import dev.botwright.event.Records;
import dev.botwright.json.JsonInput;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a REST answer's bytes into what a typed request asks for: a record of Botwright's model
 * (through its generated reader, strict about what GitHub's description says is always there), a
 * {@link JsonNode}, or any type the application's serde can read.
 */
final class Answers {

  private final JsonMapper mapper;
  private final JsonBodies json;

  Answers(JsonBodies json) {
    this.mapper = json.mapper();
    this.json = json;
  }

  <T> T read(byte[] body, Class<T> type, Route route) {
    if (type == JsonNode.class) {
      return type.cast(json.read(body));
    }
    if (type.isArray() && !type.getComponentType().isPrimitive()) {
      List<?> items = items(body, type.getComponentType(), route);
      Object array = Array.newInstance(type.getComponentType(), items.size());
      for (int i = 0; i < items.size(); i++) {
        Array.set(array, i, items.get(i));
      }
      return type.cast(array);
    }
    JsonInput.Reader<T> reader = Records.reader(type);
    if (reader != null) {
      return JsonInput.readAnswer(body, "answer of " + route, reader);
    }
    try {
      return mapper.readValue(body, type);
    } catch (IOException e) {
      throw new IllegalStateException(
          "The answer of "
              + route
              + " could not be read as "
              + type.getName()
              + ": "
              + e.getMessage()
              + ". Check that the type matches GitHub's answer, or take a JsonNode.",
          e);
    }
  }

  /** The items of a list answer (an array, or an object with one array field). */
  <T> List<T> items(byte[] body, Class<T> type, Route route) {
    JsonInput.Reader<T> reader = Records.reader(type);
    if (reader != null) {
      return JsonInput.readItems(body, "answer of " + route, reader);
    }
    List<T> items = new ArrayList<>();
    for (JsonNode item : nodes(json.read(body), route)) {
      items.add(type == JsonNode.class ? type.cast(item) : fromTree(item, type, route));
    }
    return items;
  }

  private <T> T fromTree(JsonNode item, Class<T> type, Route route) {
    try {
      return mapper.readValueFromTree(item, type);
    } catch (IOException e) {
      throw new IllegalStateException(
          "An item of the answer of " + route + " could not be read as " + type.getName(), e);
    }
  }

  /** The items of a list answer as trees; the same shapes as {@link #items}. */
  static List<JsonNode> nodes(JsonNode body, Route route) {
    List<JsonNode> items = new ArrayList<>();
    if (body.isArray()) {
      body.values().forEach(items::add);
    } else if (body.isObject()) {
      List<String> arrays = new ArrayList<>();
      JsonNode found = null;
      for (Map.Entry<String, JsonNode> field : body.entries()) {
        if (field.getValue().isArray()) {
          arrays.add(field.getKey());
          found = field.getValue();
        }
      }
      if (arrays.size() != 1) {
        throw new IllegalStateException(
            "Cannot paginate '"
                + route
                + "': expected an array or an object with one array field, but the fields with"
                + " arrays are "
                + arrays
                + "; use request() and read the pages yourself");
      }
      // One field held an array, so found is it.
      Objects.requireNonNull(found).values().forEach(items::add);
    }
    return items;
  }
}
