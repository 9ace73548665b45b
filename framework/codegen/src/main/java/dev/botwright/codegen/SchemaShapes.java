package dev.botwright.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Schema plumbing both the model and the payload synthesis need: types and {@code allOf}. */
final class SchemaShapes {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Schemas schemas;

  SchemaShapes(Schemas schemas) {
    this.schemas = schemas;
  }

  /** A schema's {@code type}, as a set (it may be a string or a list). */
  static Set<String> types(JsonNode node) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = node.path("type");
    if (type.isTextual()) {
      types.add(type.asText());
    } else if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    }
    return types;
  }

  /** The object schema a payload or union variant stands for, with {@code allOf} merged. */
  JsonNode objectSchema(JsonNode schema) {
    JsonNode node = schemas.deref(schema);
    return node.has("allOf") ? mergeAllOf(node) : node;
  }

  /**
   * {@code allOf}: every part applies. Object parts add up: properties named by several parts are
   * combined the same way, required lists add up, and null is allowed only if every part allows it.
   * Scalar parts narrow: the last one wins.
   */
  JsonNode mergeAllOf(JsonNode node) {
    List<JsonNode> parts = new ArrayList<>();
    node.get("allOf").forEach(part -> parts.add(objectSchema(part)));
    ObjectNode own = node.deepCopy();
    own.remove("allOf");
    if (!own.isEmpty()) {
      parts.add(own);
    }
    return combine(parts);
  }

  JsonNode combine(List<JsonNode> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    boolean objects = parts.stream().anyMatch(p -> p.has("properties"));
    boolean nullable = true;
    boolean typed = false;
    for (JsonNode part : parts) {
      Set<String> types = types(part);
      if (!types.isEmpty()) {
        typed = true;
        nullable &= types.contains("null") || part.path("nullable").asBoolean(false);
      }
    }
    if (!objects) {
      ObjectNode last = parts.get(parts.size() - 1).deepCopy();
      if (typed && !nullable && types(last).contains("null")) {
        Set<String> types = types(last);
        types.remove("null");
        ArrayNode array = last.putArray("type");
        types.forEach(array::add);
      }
      return last;
    }
    ObjectNode merged = NODES.objectNode();
    Map<String, List<JsonNode>> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    String title = null;
    String description = null;
    for (JsonNode part : parts) {
      if (title == null) {
        title = ModelBuilder.text(part, "title");
      }
      if (description == null) {
        description = ModelBuilder.text(part, "description");
      }
      part.path("properties")
          .fields()
          .forEachRemaining(
              p ->
                  properties
                      .computeIfAbsent(p.getKey(), k -> new ArrayList<>())
                      .add(objectSchema(p.getValue())));
      part.path("required").forEach(r -> required.add(r.asText()));
    }
    ObjectNode mergedProperties = merged.putObject("properties");
    properties.forEach((name, schemas) -> mergedProperties.set(name, combine(schemas)));
    if (title != null) {
      merged.put("title", title);
    }
    if (description != null) {
      merged.put("description", description);
    }
    ArrayNode requiredNode = merged.putArray("required");
    required.forEach(requiredNode::add);
    if (typed && nullable) {
      merged.putArray("type").add("object").add("null");
    } else {
      merged.put("type", "object");
    }
    return merged;
  }
}
