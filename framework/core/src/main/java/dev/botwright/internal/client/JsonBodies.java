package dev.botwright.internal.client;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns parameter values into JSON bodies and response bytes into JSON trees. */
final class JsonBodies {

  private static final JsonMapper DEFAULT = JsonMapper.createDefault();

  private final JsonMapper mapper;

  JsonBodies(JsonMapper mapper) {
    this.mapper = mapper;
  }

  JsonMapper mapper() {
    return mapper;
  }

  byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(toNode(value));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write a JSON request body", e);
    }
  }

  /** Parses a response body; an empty one is the null node, a non-JSON one a string node. */
  JsonNode read(byte[] body) {
    if (body.length == 0) {
      return JsonNode.nullNode();
    }
    try {
      return mapper.readValue(body, JsonNode.class);
    } catch (IOException | RuntimeException e) {
      return JsonNode.createStringNode(new String(body, StandardCharsets.UTF_8));
    }
  }

  /** A tree's JSON bytes, with Micronaut's default mapper (no application settings needed). */
  static byte[] bytes(JsonNode node) {
    try {
      return DEFAULT.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write a JSON tree", e);
    }
  }

  /** Converts maps, collections, arrays, enums and scalars, recursively. */
  static JsonNode toNode(Object value) {
    if (value == null) {
      return JsonNode.nullNode();
    } else if (value instanceof JsonNode node) {
      return node;
    } else if (value instanceof CharSequence text) {
      return JsonNode.createStringNode(text.toString());
    } else if (value instanceof Boolean bool) {
      return JsonNode.createBooleanNode(bool);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return JsonNode.createNumberNode(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      return JsonNode.createNumberNode(big);
    } else if (value instanceof Number number) {
      return JsonNode.createNumberNode(new BigDecimal(number.toString()));
    } else if (value instanceof Map<?, ?> map) {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      map.forEach((k, v) -> fields.put(String.valueOf(k), toNode(v)));
      return JsonNode.createObjectNode(fields);
    } else if (value instanceof Collection<?> items) {
      List<JsonNode> nodes = new ArrayList<>();
      items.forEach(item -> nodes.add(toNode(item)));
      return JsonNode.createArrayNode(nodes);
    } else if (value.getClass().isArray()) {
      List<JsonNode> nodes = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        nodes.add(toNode(Array.get(value, i)));
      }
      return JsonNode.createArrayNode(nodes);
    }
    return JsonNode.createStringNode(value.toString());
  }

  /** GitHub's {@code message} from an error body, with the first detail of a 422 when present. */
  @Nullable String githubMessage(byte[] body) {
    JsonNode node = read(body);
    if (node.isString()) {
      return node.getStringValue().isBlank() ? null : truncate(node.getStringValue());
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode message = node.get("message");
    String text = message != null && message.isString() ? message.getStringValue() : null;
    JsonNode errors = node.get("errors");
    if (errors != null && errors.isArray() && errors.size() > 0) {
      JsonNode first = errors.get(0);
      JsonNode detail = first.isObject() ? first.get("message") : first;
      if (detail == null && first.isObject() && first.get("code") != null) {
        detail =
            JsonNode.createStringNode(
                first.get("code").coerceStringValue()
                    + (first.get("field") == null
                        ? ""
                        : " " + first.get("field").coerceStringValue()));
      }
      if (detail != null && detail.isValueNode()) {
        text = (text == null ? "" : text + ": ") + detail.coerceStringValue();
      }
    }
    return text == null ? null : truncate(text);
  }

  private static String truncate(String text) {
    return text.length() > 500 ? text.substring(0, 500) + "..." : text;
  }
}
