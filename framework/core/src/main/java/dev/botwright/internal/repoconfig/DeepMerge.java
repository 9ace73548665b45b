package dev.botwright.internal.repoconfig;

import io.micronaut.json.tree.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges configuration trees: objects key by key, all else (arrays included) replaced by the later
 * tree. Remembers which file and line each key path came from, for binding errors.
 */
final class DeepMerge {

  private DeepMerge() {}

  /**
   * @param tree the merged tree
   * @param origins each key path's source, e.g. {@code octo/hello:.github/my-bot.yml, line 3}
   */
  record Merged(JsonNode tree, Map<String, String> origins) {}

  /**
   * @param base the defaults' tree, or an empty object
   * @param files the files, the one that wins last (the repository's own file)
   */
  static Merged merge(JsonNode base, List<ParsedFile> files) {
    JsonNode tree = base;
    Map<String, String> origins = new LinkedHashMap<>();
    for (ParsedFile file : files) {
      tree = merge(tree, file.tree());
      file.lines().forEach((path, line) -> origins.put(path, file.location() + ", line " + line));
    }
    return new Merged(tree, origins);
  }

  static JsonNode merge(JsonNode base, JsonNode top) {
    if (!base.isObject() || !top.isObject()) {
      return top;
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : base.entries()) {
      fields.put(field.getKey(), field.getValue());
    }
    for (Map.Entry<String, JsonNode> field : top.entries()) {
      JsonNode before = fields.get(field.getKey());
      fields.put(
          field.getKey(), before == null ? field.getValue() : merge(before, field.getValue()));
    }
    return JsonNode.createObjectNode(fields);
  }
}
