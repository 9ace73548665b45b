package dev.botwright.internal.client;

import io.micronaut.json.tree.JsonNode;
import java.lang.reflect.Array;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dry run's answer to a typed request that was not sent: the shape GitHub's description gives the
 * answer of that route ({@link AnswerShapes}, placeholder values), with the scalar fields the
 * request sent echoed where the answer has a field of that name and kind. So {@code
 * issues().createComment(issue, "Hi")} returns a comment whose {@code body} is "Hi" and whose
 * {@code id} is a placeholder, rather than null.
 */
final class DryRunAnswers {

  private DryRunAnswers() {}

  static <T> T answer(
      Route route, Map<String, Object> sent, Class<T> type, Answers answers, JsonBodies json) {
    if (type.isArray()) {
      return type.cast(Array.newInstance(type.getComponentType(), 0));
    }
    Optional<JsonNode> shape = AnswerShapes.of(route.toString());
    JsonNode plain =
        shape.map(s -> AnswerShapes.complete(empty(), s)).orElseGet(DryRunAnswers::empty);
    JsonNode echoed = route.isWrite() ? echo(sent, plain) : plain;
    try {
      return answers.read(json.write(echoed), type, route);
    } catch (RuntimeException echoFailed) {
      try {
        return answers.read(json.write(plain), type, route);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "Dry run: "
                + route
                + " was not sent, and no answer could be made up for it as "
                + type.getName()
                + " ("
                + e.getMessage()
                + "). Read this call as a GitHubResponse (client.request(route, parameters)),"
                + " which a dry run answers with {}, or let the type do without the fields"
                + " GitHub would have sent.",
            e);
      }
    }
  }

  /**
   * {@code answer} with each scalar of {@code sent} in place of the placeholder of the same name
   * and kind; a string also where the answer has no such field (GitHub sends optional fields such
   * as a comment's {@code body} back as given).
   */
  private static JsonNode echo(Map<String, Object> sent, JsonNode answer) {
    if (!answer.isObject()) {
      return answer;
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : answer.entries()) {
      fields.put(field.getKey(), field.getValue());
    }
    for (Map.Entry<String, Object> field : sent.entrySet()) {
      JsonNode value = scalar(field.getValue());
      JsonNode placeholder = answer.get(field.getKey());
      if (value != null
          && (placeholder == null ? value.isString() : sameKind(value, placeholder))) {
        fields.put(field.getKey(), value);
      }
    }
    return JsonNode.createObjectNode(fields);
  }

  private static boolean sameKind(JsonNode value, JsonNode placeholder) {
    return value.isString() && placeholder.isString()
        || value.isNumber() && placeholder.isNumber()
        || value.isBoolean() && placeholder.isBoolean();
  }

  private static @Nullable JsonNode scalar(Object value) {
    if (value instanceof String text) {
      return JsonNode.createStringNode(text);
    }
    if (value instanceof Boolean flag) {
      return JsonNode.createBooleanNode(flag);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return JsonNode.createNumberNode(((Number) value).longValue());
    }
    return null;
  }

  private static JsonNode empty() {
    return JsonNode.createObjectNode(Map.of());
  }
}
