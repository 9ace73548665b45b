package dev.botwright.internal.client;

import io.micronaut.core.annotation.Internal;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shapes of the answers Botwright's typed helpers read, from {@code rest-answers.json} (written
 * by {@code scripts/generate-models.sh} from GitHub's REST description): every field GitHub's
 * description says an answer always has, with a placeholder value. The testing kit completes a
 * test's stub with them; a dry run answers a typed write with one.
 */
@Internal
public final class AnswerShapes {

  private static final String RESOURCE = "dev/botwright/internal/client/rest-answers.json";

  /** A shape GitHub may send as null: {@code {"$null-or": shape}}. */
  private static final String NULL_OR = "$null-or";

  private AnswerShapes() {}

  /** Every shape by its route, {@code METHOD /path/{placeholder}}. */
  public static Map<String, JsonNode> all() {
    return Holder.SHAPES;
  }

  /**
   * The shape of the answer of {@code route} ({@code METHOD /path}), if a typed helper reads it.
   */
  public static Optional<JsonNode> of(String route) {
    return Optional.ofNullable(Holder.SHAPES.get(route));
  }

  /**
   * {@code answer} with every field of {@code shape} it lacks; its own fields win, also when they
   * are null. Each item of a list takes what it lacks from the shape's one item.
   */
  public static JsonNode complete(JsonNode answer, JsonNode shape) {
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

  /** Read on first use only: a bot that neither dry-runs nor tests never parses the file. */
  private static final class Holder {
    static final Map<String, JsonNode> SHAPES = load();

    private static Map<String, JsonNode> load() {
      try (InputStream in = AnswerShapes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("No " + RESOURCE + " on the classpath");
        }
        JsonNode all = JsonMapper.createDefault().readValue(in.readAllBytes(), JsonNode.class);
        Map<String, JsonNode> shapes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : all.entries()) {
          shapes.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(shapes);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + RESOURCE, e);
      }
    }
  }
}
