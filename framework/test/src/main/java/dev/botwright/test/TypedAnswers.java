package dev.botwright.test;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of the answers Botwright's typed helpers read, from {@code rest-answers.json} (written
 * by {@code scripts/generate-models.sh} from GitHub's REST description): every field GitHub's
 * description says an answer always has. {@link #complete} fills a test's answer with the fields it
 * left out, so a stub names only what the test is about and the bot still reads it.
 */
final class TypedAnswers {

  private static final String RESOURCE = "dev/botwright/test/rest-answers.json";

  /** A shape GitHub may send as null: {@code {"$null-or": shape}}. */
  private static final String NULL_OR = "$null-or";

  private TypedAnswers() {}

  /** The shape of the answer of this call, if its route is one the typed helpers read. */
  static Optional<JsonNode> shapeFor(String method, String path) {
    String bare = GitHubRoutes.normalPath(path);
    for (Map.Entry<String, JsonNode> entry : Holder.SHAPES.entrySet()) {
      String route = entry.getKey();
      int space = route.indexOf(' ');
      if (route.substring(0, space).equals(method)
          // PATHS holds a pattern for every key of SHAPES (see Holder).
          && Objects.requireNonNull(Holder.PATHS.get(route)).matcher(bare).matches()) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * {@code answer} with every field of {@code shape} it lacks; its own fields win, also when they
   * are null. Each item of a list takes what it lacks from the shape's one item.
   */
  static JsonNode complete(JsonNode answer, JsonNode shape) {
    if (isNullOr(shape)) {
      return answer.isNull() ? answer : complete(answer, shape.get(NULL_OR));
    }
    if (answer.isObject() && shape.isObject()) {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : shape.entries()) {
        fields.put(field.getKey(), missing(field.getValue()));
      }
      for (Map.Entry<String, JsonNode> field : answer.entries()) {
        JsonNode template = shape.get(field.getKey());
        fields.put(
            field.getKey(),
            template == null ? field.getValue() : complete(field.getValue(), template));
      }
      return JsonNode.createObjectNode(fields);
    }
    if (answer.isArray() && shape.isArray() && shape.size() == 1) {
      List<JsonNode> items = new ArrayList<>();
      for (JsonNode item : answer.values()) {
        items.add(complete(item, shape.get(0)));
      }
      return JsonNode.createArrayNode(items);
    }
    return answer;
  }

  /** What the shape adds for a field the answer lacks: null where GitHub may send null. */
  private static JsonNode missing(JsonNode shape) {
    if (isNullOr(shape)) {
      return JsonNode.nullNode();
    }
    if (shape.isArray()) {
      return JsonNode.createArrayNode(List.of());
    }
    if (shape.isObject()) {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : shape.entries()) {
        fields.put(field.getKey(), missing(field.getValue()));
      }
      return JsonNode.createObjectNode(fields);
    }
    return shape;
  }

  private static boolean isNullOr(JsonNode shape) {
    return shape.isObject() && shape.size() == 1 && shape.get(NULL_OR) != null;
  }

  private static final class Holder {
    static final Map<String, JsonNode> SHAPES = new LinkedHashMap<>();
    static final Map<String, Pattern> PATHS = new LinkedHashMap<>();

    static {
      JsonNode all = JsonTree.parse(Resources.read(RESOURCE), RESOURCE);
      for (Map.Entry<String, JsonNode> entry : all.entries()) {
        SHAPES.put(entry.getKey(), entry.getValue());
        PATHS.put(entry.getKey(), path(entry.getKey().substring(entry.getKey().indexOf(' ') + 1)));
      }
    }

    /** A placeholder fills one segment, but a file's {@code {path}} fills several. */
    private static Pattern path(String template) {
      StringBuilder regex = new StringBuilder();
      for (String part : template.split("(?=\\{)|(?<=\\})")) {
        regex.append(
            part.equals("{path}") ? ".+" : part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
      }
      return Pattern.compile(regex.toString());
    }
  }
}
