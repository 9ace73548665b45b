package dev.botwright.event;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of GitHub's example payloads under {@code src/test/resources/webhook-examples}, bent one
 * field at a time so that each test shows the single change it is about.
 *
 * <pre>{@code
 * byte[] body = ExamplePayload.of("issues.opened").with("sender.login", null).bytes();
 * }</pre>
 */
public final class ExamplePayload {

  private static final JsonMapper JSON = JsonMapper.createDefault();

  private JsonNode root;

  private ExamplePayload(JsonNode root) {
    this.root = root;
  }

  /** The example {@code webhook-examples/<name>.json}, e.g. {@code "issues.opened"}. */
  public static ExamplePayload of(String name) {
    String path = "/webhook-examples/" + name + ".json";
    try (InputStream in = ExamplePayload.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No example " + path);
      }
      return new ExamplePayload(JSON.readValue(in.readAllBytes(), JsonNode.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON value to put into a payload, e.g. {@code json("{\"url\": \"https://x.test\"}")}. */
  public static JsonNode json(String json) {
    try {
      return JSON.readValue(json.getBytes(StandardCharsets.UTF_8), JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sets the field at a dotted path (a number names a list item, e.g. {@code issue.labels.0}) to a
   * String, Integer, Long, Boolean, JsonNode ({@link #json}), List of these, or null; the field's
   * parent must exist.
   */
  public ExamplePayload with(String path, Object value) {
    root = edit(root, Arrays.asList(path.split("\\.")), node(value), path);
    return this;
  }

  /** Removes the field at a dotted path. */
  public ExamplePayload without(String path) {
    root = edit(root, Arrays.asList(path.split("\\.")), null, path);
    return this;
  }

  /** The payload as GitHub would send it. */
  public byte[] bytes() {
    try {
      return JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rebuilds {@code node} with the value at {@code path} replaced, or removed when null. */
  private static JsonNode edit(JsonNode node, List<String> path, JsonNode value, String full) {
    String step = path.get(0);
    List<String> rest = path.subList(1, path.size());
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.values().forEach(items::add);
      int index = Integer.parseInt(step);
      if (rest.isEmpty()) {
        items.set(index, value);
      } else {
        items.set(index, edit(items.get(index), rest, value, full));
      }
      return JsonNode.createArrayNode(items);
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("No object or list on the way to " + full);
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    node.entries().forEach(e -> fields.put(e.getKey(), e.getValue()));
    if (rest.isEmpty()) {
      if (value == null) {
        fields.remove(step);
      } else {
        fields.put(step, value);
      }
    } else {
      JsonNode child = fields.get(step);
      if (child == null) {
        throw new IllegalArgumentException("The example has no " + step + " on the way to " + full);
      }
      fields.put(step, edit(child, rest, value, full));
    }
    return JsonNode.createObjectNode(fields);
  }

  private static JsonNode node(Object value) {
    if (value == null) {
      return JsonNode.nullNode();
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof String text) {
      return JsonNode.createStringNode(text);
    }
    if (value instanceof Boolean bool) {
      return JsonNode.createBooleanNode(bool);
    }
    if (value instanceof Integer || value instanceof Long) {
      return JsonNode.createNumberNode(((Number) value).longValue());
    }
    if (value instanceof List<?> list) {
      return JsonNode.createArrayNode(list.stream().map(ExamplePayload::node).toList());
    }
    throw new IllegalArgumentException("Cannot put a " + value.getClass() + " into a payload");
  }
}
