package dev.botwright.test;

import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Payloads for event keys that no shipped example has: from the nearest example of the same event
 * with the action changed and every field the action's schema requires added, or, for an event with
 * no example at all, the smallest payload GitHub's schema allows. The schema payloads are written
 * by {@code scripts/generate-models.sh} from GitHub's webhook descriptions.
 */
final class SynthesizedFixtures {

  static final String DIRECTORY = "dev/botwright/test/schema-payloads/";

  private SynthesizedFixtures() {}

  /** The smallest payload the schema allows for {@code key}: required fields only, nulls kept. */
  static Optional<byte[]> minimal(String key) {
    try (InputStream in =
        SynthesizedFixtures.class.getClassLoader().getResourceAsStream(DIRECTORY + key + ".json")) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the schema payload of " + key, e);
    }
  }

  /** A payload for {@code key}, or empty when GitHub's schema has no such event key. */
  static Optional<JsonNode> synthesize(String key) {
    Optional<byte[]> minimal = minimal(key);
    if (minimal.isEmpty()) {
      return Optional.empty();
    }
    JsonNode schema = JsonTree.parse(minimal.get(), "the schema payload of " + key);
    String event = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
    Optional<String> example =
        ShippedExamples.nearest(key, Integer.MAX_VALUE).stream()
            .filter(name -> name.equals(event) || name.startsWith(event + "."))
            .findFirst();
    if (example.isEmpty()) {
      return Optional.of(schema);
    }
    byte[] bytes = ShippedExamples.load(example.get()).orElseThrow();
    JsonNode merged = addMissing(JsonTree.parse(bytes, "shipped example " + example.get()), schema);
    JsonNode action = schema.get("action");
    return Optional.of(action == null ? merged : JsonTree.set(merged, "action", action));
  }

  /** {@code into} with every field of {@code from} it lacks, in objects both have. */
  private static JsonNode addMissing(JsonNode into, JsonNode from) {
    if (!into.isObject() || !from.isObject()) {
      return into;
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : into.entries()) {
      fields.put(field.getKey(), field.getValue());
    }
    for (Map.Entry<String, JsonNode> field : from.entries()) {
      JsonNode own = fields.get(field.getKey());
      fields.put(
          field.getKey(), own == null ? field.getValue() : addMissing(own, field.getValue()));
    }
    return JsonNode.createObjectNode(fields);
  }
}
