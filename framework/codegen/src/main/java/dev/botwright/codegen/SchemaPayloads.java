package dev.botwright.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Payloads built from GitHub's webhook schemas alone, one per event and action: {@link #minimal}
 * has only the fields the schema requires, with null wherever it allows null; {@link #full} has
 * every field the schema names, each with a value. Values are the kind the schema gives, realistic
 * where the name or format says more (a timestamp for {@code created_at}, a URL for a {@code uri}).
 */
public final class SchemaPayloads {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Deeper than any payload GitHub sends; beyond it objects get only what they require. */
  private static final int FULL_DEPTH = 8;

  private final Schemas schemas;
  private final SchemaShapes shapes;
  private final Map<String, JsonNode> webhooks = new LinkedHashMap<>();

  SchemaPayloads(Schemas schemas) {
    this.schemas = schemas;
    this.shapes = new SchemaShapes(schemas);
    if (schemas.document().has("webhooks")) {
      webhooks.putAll(WebhookModel.payloadSchemas(schemas));
    }
  }

  /** The payloads of the webhook schemas this version of Botwright is generated from. */
  public static SchemaPayloads load() {
    return new SchemaPayloads(
        Schemas.load(GenerateModels.WEBHOOKS_SCHEMA, GenerateModels.WEBHOOKS_VERSION));
  }

  /** Every event key, e.g. {@code issues.opened} or {@code push}. */
  public List<String> keys() {
    return new ArrayList<>(webhooks.keySet());
  }

  /** Only what any schema of this document requires; null wherever it allows null. */
  JsonNode minimalOf(JsonNode schema) {
    return new Builder(false).value(schema, "", 0);
  }

  /** In a template, {@code {"$null-or": shape}}: GitHub may send null, or an object of shape. */
  public static final String NULL_OR = "$null-or";

  /**
   * A shape to complete answers with: what {@link #minimalOf} gives, but each list holds one item
   * of this shape, which every item of a list being completed takes its missing fields from, and an
   * object GitHub may send as null is {@code {"$null-or": shape}} (see {@link #NULL_OR}).
   */
  JsonNode templateOf(JsonNode schema) {
    Builder builder = new Builder(false);
    builder.template = true;
    return builder.value(schema, "", 0);
  }

  /** Only what the schema requires; null wherever it allows null. */
  public JsonNode minimal(String key) {
    return new Builder(false).value(schema(key), "", 0);
  }

  /** Every field the schema names, each with a non-null value, lists with one item. */
  public JsonNode full(String key) {
    return new Builder(true).value(schema(key), "", 0);
  }

  private JsonNode schema(String key) {
    JsonNode schema = webhooks.get(key);
    if (schema == null) {
      throw new IllegalArgumentException("No webhook schema for " + key);
    }
    return schema;
  }

  private final class Builder {
    private final boolean full;
    private boolean template;
    private final Deque<String> components = new ArrayDeque<>();

    Builder(boolean full) {
      this.full = full;
    }

    JsonNode value(JsonNode schema, String property, int depth) {
      String component = schema.has("$ref") ? Schemas.refName(schema) : null;
      if (component != null && components.contains(component) && (full || template)) {
        // A component inside itself (a team's parent team): stop at what it requires.
        return new Builder(false).value(schema, property, depth);
      }
      if (component != null) {
        components.push(component);
      }
      try {
        return shaped(schemas.deref(schema), property, depth);
      } finally {
        if (component != null) {
          components.pop();
        }
      }
    }

    private JsonNode shaped(JsonNode node, String property, int depth) {
      Set<String> types = SchemaShapes.types(node);
      boolean nullable =
          types.contains("null") || hasNullEnum(node) || node.path("nullable").asBoolean(false);
      if (node.has("oneOf") || node.has("anyOf")) {
        List<JsonNode> variants = new ArrayList<>();
        node.path("oneOf").forEach(variants::add);
        node.path("anyOf").forEach(variants::add);
        JsonNode chosen = null;
        for (JsonNode variant : variants) {
          if (SchemaShapes.types(schemas.deref(variant)).equals(Set.of("null"))) {
            nullable = true;
          } else if (chosen == null) {
            chosen = variant;
          }
        }
        if (chosen == null || nullable && !full && !(template && isShape(chosen))) {
          return NODES.nullNode();
        }
        JsonNode shape = value(chosen, property, depth);
        return nullable && template ? nullOr(shape) : shape;
      }
      if (node.has("allOf")) {
        return shaped(shapes.mergeAllOf(node), property, depth);
      }
      // A template describes an object GitHub may send as null too: an answer that has it is
      // completed; a scalar that may be null is simply null.
      if (nullable && !full && !(template && isShape(node))) {
        return NODES.nullNode();
      }
      if (nullable && template) {
        ObjectNode copy = node.deepCopy();
        copy.remove("nullable");
        Set<String> nonNull = SchemaShapes.types(copy);
        nonNull.remove("null");
        ArrayNode type = copy.putArray("type");
        nonNull.forEach(type::add);
        return nullOr(shaped(copy, property, depth));
      }
      types.remove("null");
      if (types.contains("object") || node.has("properties")) {
        return object(node, depth);
      }
      if (types.contains("array")) {
        ArrayNode array = NODES.arrayNode();
        if ((full || template) && node.has("items") && depth < FULL_DEPTH) {
          JsonNode item = value(node.get("items"), Naming.singular(property), depth + 1);
          if (!item.isNull()) {
            array.add(item);
          }
        }
        return array;
      }
      String type = types.isEmpty() ? (node.has("enum") ? "string" : "") : types.iterator().next();
      return scalar(node, type, property);
    }

    private JsonNode nullOr(JsonNode shape) {
      if (shape.isNull() || shape.isObject() && shape.has(NULL_OR)) {
        return shape;
      }
      ObjectNode wrapper = NODES.objectNode();
      wrapper.set(NULL_OR, shape);
      return wrapper;
    }

    private boolean isShape(JsonNode schema) {
      JsonNode node = schemas.deref(schema);
      Set<String> types = SchemaShapes.types(node);
      return node.has("properties")
          || node.has("allOf")
          || types.contains("object")
          || types.contains("array");
    }

    private JsonNode object(JsonNode node, int depth) {
      ObjectNode object = NODES.objectNode();
      Set<String> required = new HashSet<>();
      node.path("required").forEach(r -> required.add(r.asText()));
      boolean all = full && depth < FULL_DEPTH;
      Iterator<Map.Entry<String, JsonNode>> properties = node.path("properties").fields();
      while (properties.hasNext()) {
        Map.Entry<String, JsonNode> property = properties.next();
        if (all || required.contains(property.getKey())) {
          object.set(property.getKey(), value(property.getValue(), property.getKey(), depth + 1));
        }
      }
      return object;
    }

    private JsonNode scalar(JsonNode node, String type, String property) {
      JsonNode values = node.path("enum");
      for (JsonNode value : values) {
        if (!value.isNull()) {
          return value;
        }
      }
      return switch (type) {
        case "integer" -> NODES.numberNode(1);
        case "number" -> NODES.numberNode(1.5);
        case "boolean" -> NODES.booleanNode(false);
        case "string" -> NODES.textNode(text(node, property));
        default -> NODES.objectNode();
      };
    }

    private String text(JsonNode node, String property) {
      String format = node.path("format").asText("");
      if (format.equals("date-time")
          || property.endsWith("_at")
          || property.equals("timestamp")
          || property.equals("date")) {
        return "2024-05-01T10:00:00Z";
      }
      if (format.equals("date")) {
        return "2024-05-01";
      }
      if (format.equals("uri") || property.endsWith("_url") || property.equals("url")) {
        return "https://github.example.test/" + property;
      }
      if (format.equals("email") || property.equals("email")) {
        return "octocat@example.test";
      }
      return property.isEmpty() ? "x" : property;
    }
  }

  private static boolean hasNullEnum(JsonNode node) {
    for (JsonNode value : node.path("enum")) {
      if (value.isNull()) {
        return true;
      }
    }
    return false;
  }
}
