package dev.botwright.test;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Copy-on-write edits of Micronaut's immutable JSON trees by dotted path ({@code issue.user.login},
 * {@code issue.labels.0.name}): only the nodes along the path are rebuilt.
 */
final class JsonTree {

  private static final JsonMapper JSON = JsonMapper.createDefault();

  private JsonTree() {}

  static JsonNode parse(byte[] json, String what) {
    try {
      return JSON.readValue(json, JsonNode.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  static byte[] write(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the fixture as JSON", e);
    }
  }

  /**
   * {@code root} with {@code value} at {@code path}; missing or null objects on the way created.
   */
  static JsonNode set(JsonNode root, String path, JsonNode value) {
    return set(root, segments(path), 0, value, path);
  }

  /** {@code root} without the field or element at {@code path}, which must exist. */
  static JsonNode remove(JsonNode root, String path) {
    return remove(root, segments(path), 0, path);
  }

  private static JsonNode set(JsonNode node, String[] keys, int i, JsonNode value, String path) {
    String key = keys[i];
    boolean last = i == keys.length - 1;
    if (node.isObject()) {
      JsonNode child = node.get(key);
      if (child == null || child.isNull()) {
        child = JsonNode.createObjectNode(Map.of());
      }
      Map<String, JsonNode> fields = fields(node);
      fields.put(key, last ? value : set(child, keys, i + 1, value, path));
      return JsonNode.createObjectNode(fields);
    }
    if (node.isArray()) {
      int index = index(node, keys, i, path, true);
      List<JsonNode> elements = elements(node);
      if (index == elements.size()) {
        elements.add(
            last ? value : set(JsonNode.createObjectNode(Map.of()), keys, i + 1, value, path));
      } else {
        elements.set(index, last ? value : set(elements.get(index), keys, i + 1, value, path));
      }
      return JsonNode.createArrayNode(elements);
    }
    throw notAContainer("set", keys, i, node, path);
  }

  private static JsonNode remove(JsonNode node, String[] keys, int i, String path) {
    String key = keys[i];
    boolean last = i == keys.length - 1;
    if (node.isObject()) {
      JsonNode child = node.get(key);
      if (child == null) {
        throw new IllegalArgumentException(
            "Cannot remove '" + path + "': " + where(keys, i) + " has no field '" + key + "'");
      }
      Map<String, JsonNode> fields = fields(node);
      if (last) {
        fields.remove(key);
      } else {
        fields.put(key, remove(child, keys, i + 1, path));
      }
      return JsonNode.createObjectNode(fields);
    }
    if (node.isArray()) {
      int index = index(node, keys, i, path, false);
      List<JsonNode> elements = elements(node);
      if (last) {
        elements.remove(index);
      } else {
        elements.set(index, remove(elements.get(index), keys, i + 1, path));
      }
      return JsonNode.createArrayNode(elements);
    }
    throw notAContainer("remove", keys, i, node, path);
  }

  /** Converts a Java value (String, Number, Boolean, null, Map, List, JsonNode) to a node. */
  static JsonNode node(@Nullable Object value, String path) {
    if (value == null) {
      return JsonNode.nullNode();
    } else if (value instanceof JsonNode json) {
      return json;
    } else if (value instanceof CharSequence text) {
      return JsonNode.createStringNode(text.toString());
    } else if (value instanceof Boolean bool) {
      return JsonNode.createBooleanNode(bool);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return JsonNode.createNumberNode(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      return JsonNode.createNumberNode(big);
    } else if (value instanceof BigDecimal big) {
      return JsonNode.createNumberNode(big);
    } else if (value instanceof Double || value instanceof Float) {
      return JsonNode.createNumberNode(((Number) value).doubleValue());
    } else if (value instanceof Map<?, ?> map) {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      map.forEach((k, v) -> fields.put(String.valueOf(k), node(v, path + "." + k)));
      return JsonNode.createObjectNode(fields);
    } else if (value instanceof List<?> list) {
      List<JsonNode> elements = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        elements.add(node(list.get(i), path + "." + i));
      }
      return JsonNode.createArrayNode(elements);
    }
    throw new IllegalArgumentException(
        "Cannot put a "
            + value.getClass().getName()
            + " at '"
            + path
            + "': use a String, number, Boolean, null, Map, List or withJson(path, json)");
  }

  static String describe(JsonNode node) {
    if (node.isString()) {
      return "a string";
    } else if (node.isNumber()) {
      return "a number";
    } else if (node.isBoolean()) {
      return "a boolean";
    } else if (node.isNull()) {
      return "null";
    }
    return node.isArray() ? "an array" : "an object";
  }

  private static String[] segments(String path) {
    if (path == null
        || path.isEmpty()
        || path.startsWith(".")
        || path.endsWith(".")
        || path.contains("..")) {
      throw new IllegalArgumentException(
          "Bad fixture path '" + path + "': use dotted names, e.g. issue.user.login");
    }
    return path.split("\\.");
  }

  private static int index(JsonNode array, String[] keys, int i, String path, boolean mayAppend) {
    int size = array.size();
    int max = mayAppend ? size : size - 1;
    int index =
        keys[i].chars().allMatch(Character::isDigit) && keys[i].length() < 10
            ? Integer.parseInt(keys[i])
            : -1;
    if (index < 0 || index > max) {
      throw new IllegalArgumentException(
          "Bad index '"
              + keys[i]
              + "' in '"
              + path
              + "': "
              + where(keys, i)
              + " is an array of "
              + size
              + " element(s); use 0 to "
              + max);
    }
    return index;
  }

  private static IllegalArgumentException notAContainer(
      String verb, String[] keys, int i, JsonNode node, String path) {
    return new IllegalArgumentException(
        "Cannot "
            + verb
            + " '"
            + path
            + "': "
            + where(keys, i)
            + " is "
            + describe(node)
            + ", not an object or array");
  }

  /** The path down to (not including) {@code keys[i]}, or "the payload" at the root. */
  private static String where(String[] keys, int i) {
    return i == 0 ? "the payload" : "'" + String.join(".", List.of(keys).subList(0, i)) + "'";
  }

  private static Map<String, JsonNode> fields(JsonNode object) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    object.entries().forEach(e -> fields.put(e.getKey(), e.getValue()));
    return fields;
  }

  private static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> elements = new ArrayList<>();
    array.values().forEach(elements::add);
    return elements;
  }
}
