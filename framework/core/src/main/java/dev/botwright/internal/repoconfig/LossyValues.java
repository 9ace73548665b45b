package dev.botwright.internal.repoconfig;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Finds values serde accepted by changing them: {@code enabled: yes} read as {@code false}, {@code
 * days: 99999999999} wrapped into an {@code int}, {@code days: 1.5} cut to {@code 1}, {@code
 * greeting: [a]} read as {@code "a"}. It compares what the file said with the bound value written
 * back, and names the first key whose meaning changed.
 */
final class LossyValues {

  /**
   * @param key the key path, e.g. {@code rules.days}
   * @param expected what the type holds there, e.g. {@code a boolean}
   */
  record Loss(String key, String expected, String given) {}

  private LossyValues() {}

  /** The first value that changed meaning, or {@code null}. */
  static @Nullable Loss find(JsonNode given, JsonNode bound) {
    return find("", given, bound);
  }

  private static @Nullable Loss find(String key, JsonNode given, JsonNode bound) {
    if (given.isObject() && bound.isObject()) {
      for (Map.Entry<String, JsonNode> field : given.entries()) {
        JsonNode back = bound.get(field.getKey());
        if (back != null) {
          Loss loss = find(child(key, field.getKey()), field.getValue(), back);
          if (loss != null) {
            return loss;
          }
        }
      }
      return null;
    }
    if (given.isArray() && bound.isArray()) {
      for (int i = 0; i < Math.min(given.size(), bound.size()); i++) {
        Loss loss = find(key + "[" + i + "]", given.get(i), bound.get(i));
        if (loss != null) {
          return loss;
        }
      }
      return null;
    }
    if (bound.isBoolean() && !given.isBoolean()) {
      return new Loss(key, "true or false", describe(given));
    }
    if (bound.isNumber()
        && given.isNumber()
        && new BigDecimal(given.getNumberValue().toString())
                .compareTo(new BigDecimal(bound.getNumberValue().toString()))
            != 0) {
      return new Loss(
          key,
          "a number it can hold exactly (it read " + bound.getNumberValue() + ")",
          describe(given));
    }
    if (bound.isString() && (given.isArray() || given.isObject())) {
      return new Loss(key, "a single value", describe(given));
    }
    return null;
  }

  private static String child(String key, String name) {
    return key.isEmpty() ? name : key + "." + name;
  }

  private static String describe(JsonNode given) {
    if (given.isArray()) {
      return "a list";
    }
    if (given.isObject()) {
      return "keys and values";
    }
    return "'" + given.coerceStringValue() + "'";
  }
}
