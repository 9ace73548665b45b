package dev.botwright.internal.metadata;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden comment at the end of an issue body: {@code \n\n<!-- botwright = {"42":{...}} -->}.
 * The JSON's {@code <} and {@code >} are written as {@code \u003c} and {@code \u003e}, so no value
 * can end the comment early and show itself in the rendered page.
 *
 * @param rest the body without the comment (and without the blank line before it), byte for byte
 * @param namespaces every installation's values, by installation id
 */
record MetadataComment(String rest, Map<String, Map<String, JsonNode>> namespaces) {

  static final String PREFIX = "<!-- botwright = ";
  static final String SUFFIX = " -->";
  private static final String SEPARATOR = "\n\n";

  // The JSON holds no '>' (escaped on write), so the first " -->" after it closes the comment.
  private static final Pattern COMMENT =
      Pattern.compile("(?:\\r?\\n\\r?\\n)?" + Pattern.quote(PREFIX) + "(\\{.*?\\})" + SUFFIX);

  /** Reads a body; a body without the comment (or with one that is not JSON) has no values. */
  static MetadataComment parse(String body, JsonMapper mapper) {
    String text = body == null ? "" : body;
    Matcher matcher = COMMENT.matcher(text);
    if (!matcher.find()) {
      return new MetadataComment(text, new LinkedHashMap<>());
    }
    String rest = text.substring(0, matcher.start()) + text.substring(matcher.end());
    Map<String, Map<String, JsonNode>> namespaces = new LinkedHashMap<>();
    JsonNode tree;
    try {
      tree = mapper.readValue(matcher.group(1), JsonNode.class);
    } catch (IOException | RuntimeException notJson) {
      // Someone broke the comment by hand: start over rather than fail every handler on it.
      return new MetadataComment(rest, namespaces);
    }
    if (tree != null && tree.isObject()) {
      for (Map.Entry<String, JsonNode> namespace : tree.entries()) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (namespace.getValue().isObject()) {
          namespace.getValue().entries().forEach(e -> values.put(e.getKey(), e.getValue()));
        }
        namespaces.put(namespace.getKey(), values);
      }
    }
    return new MetadataComment(rest, namespaces);
  }

  /** One installation's values, changeable. */
  Map<String, JsonNode> values(String namespace) {
    return namespaces.computeIfAbsent(namespace, n -> new LinkedHashMap<>());
  }

  /** The body to write: the rest as it was, then the comment, or just the rest when it is empty. */
  String render(JsonMapper mapper) {
    Map<String, JsonNode> tree = new LinkedHashMap<>();
    namespaces.forEach(
        (namespace, values) -> {
          if (!values.isEmpty()) {
            tree.put(namespace, JsonNode.createObjectNode(values));
          }
        });
    if (tree.isEmpty()) {
      return rest;
    }
    String json;
    try {
      json = mapper.writeValueAsString(JsonNode.createObjectNode(tree));
    } catch (IOException e) {
      throw new UncheckedIOException("The metadata could not be written as JSON", e);
    }
    // '<' and '>' only occur inside JSON strings, where their \\u escapes mean the same.
    json = json.replace("<", "\\u003c").replace(">", "\\u003e");
    return rest + SEPARATOR + PREFIX + json + SUFFIX;
  }
}
