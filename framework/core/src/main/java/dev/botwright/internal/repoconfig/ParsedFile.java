package dev.botwright.internal.repoconfig;

import io.micronaut.json.tree.JsonNode;
import java.util.Map;

/**
 * One configuration file read into a tree.
 *
 * @param location the file as {@code owner/repo:path}
 * @param tree the file's top-level object
 * @param lines the 1-based line of each key path ({@code labels}, {@code rules[0].name})
 */
record ParsedFile(String location, JsonNode tree, Map<String, Integer> lines) {

  ParsedFile {
    lines = Map.copyOf(lines);
  }
}
