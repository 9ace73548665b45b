package dev.botwright.internal.repoconfig;

import dev.botwright.repoconfig.RepositoryConfigException;
import io.micronaut.json.tree.JsonNode;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML (and JSON, which YAML reads too) into a JSON tree, remembering each key's line. Only
 * the node graph is composed, never Java objects, so a file cannot instantiate anything. Scalars
 * follow YAML 1.2's core schema as js-yaml (Probot) does: {@code yes} and {@code on} stay strings.
 */
final class YamlTree {

  /** Deeper nesting is refused: a configuration is never this deep, a recursive alias is. */
  private static final int MAX_DEPTH = 64;

  private YamlTree() {}

  static ParsedFile parse(String location, String text) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(50);
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where =
          mark == null
              ? ""
              : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
      throw new RepositoryConfigException(
          location,
          location
              + " is not valid YAML"
              + where
              + ": "
              + problem(e)
              + ". Fix the file and push it.",
          e);
    } catch (YAMLException e) {
      throw new RepositoryConfigException(
          location, location + " is not valid YAML: " + e.getMessage() + ". Fix the file.", e);
    }
    Map<String, Integer> lines = new HashMap<>();
    if (root == null) {
      return new ParsedFile(location, JsonNode.createObjectNode(Map.of()), lines);
    }
    if (!(root instanceof MappingNode)) {
      throw new RepositoryConfigException(
          location,
          location
              + " must hold keys and values (a mapping) at the top, but line "
              + line(root)
              + " starts a "
              + kind(root)
              + ".");
    }
    JsonNode tree = new YamlTree.Converter(location, lines).convert(root, "", 0);
    return new ParsedFile(location, tree, lines);
  }

  private static String problem(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
    String context = e.getContext();
    return context == null ? String.valueOf(problem) : context + ", " + problem;
  }

  static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private static String kind(Node node) {
    return switch (node.getNodeId()) {
      case sequence -> "list";
      case scalar -> "single value";
      default -> node.getNodeId().name();
    };
  }

  /** Walks the node graph once, recording the line of every key path. */
  private record Converter(String location, Map<String, Integer> lines) {

    JsonNode convert(Node node, String path, int depth) {
      if (depth > MAX_DEPTH) {
        throw new RepositoryConfigException(
            location,
            location
                + " nests deeper than "
                + MAX_DEPTH
                + " levels at line "
                + line(node)
                + " (a recursive alias?); flatten it.");
      }
      if (node instanceof MappingNode mapping) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
          if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
            throw new RepositoryConfigException(
                location,
                location
                    + " has a key at line "
                    + line(tuple.getKeyNode())
                    + " that is not a plain value; keys are names like 'labels'.");
          }
          String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
          if (fields.containsKey(key.getValue())) {
            throw new RepositoryConfigException(
                location,
                location
                    + " has the key '"
                    + child
                    + "' twice, at lines "
                    + lines.get(child)
                    + " and "
                    + line(key)
                    + ": keep one.");
          }
          lines.put(child, line(key));
          fields.put(key.getValue(), convert(tuple.getValueNode(), child, depth + 1));
        }
        return JsonNode.createObjectNode(fields);
      }
      if (node instanceof SequenceNode sequence) {
        List<JsonNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
          String child = path + "[" + items.size() + "]";
          lines.put(child, line(item));
          items.add(convert(item, child, depth + 1));
        }
        return JsonNode.createArrayNode(items);
      }
      return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode node) {
      String value = node.getValue();
      if (!node.isPlain()) {
        return JsonNode.createStringNode(value);
      }
      Tag tag = node.getTag();
      if (Tag.NULL.equals(tag)) {
        return JsonNode.nullNode();
      }
      if (value.equals("true") || value.equals("True") || value.equals("TRUE")) {
        return JsonNode.createBooleanNode(true);
      }
      if (value.equals("false") || value.equals("False") || value.equals("FALSE")) {
        return JsonNode.createBooleanNode(false);
      }
      if (Tag.INT.equals(tag) && value.matches("[-+]?[0-9]+")) {
        BigInteger number = new BigInteger(value);
        return number.bitLength() < 64
            ? JsonNode.createNumberNode(number.longValue())
            : JsonNode.createNumberNode(number);
      }
      if (Tag.FLOAT.equals(tag)
          && value.matches("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?")) {
        return JsonNode.createNumberNode(new java.math.BigDecimal(value));
      }
      return JsonNode.createStringNode(value);
    }
  }
}
