package dev.botwright.test;

import dev.botwright.internal.client.AnswerShapes;
import io.micronaut.json.tree.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of the answers Botwright's typed helpers read ({@link AnswerShapes}), found by a
 * request's concrete path. {@link #complete} fills a test's answer with the fields it left out, so
 * a stub names only what the test is about and the bot still reads it.
 */
final class TypedAnswers {

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

  private static final class Holder {
    static final Map<String, JsonNode> SHAPES = new LinkedHashMap<>();
    static final Map<String, Pattern> PATHS = new LinkedHashMap<>();

    static {
      for (Map.Entry<String, JsonNode> entry : AnswerShapes.all().entrySet()) {
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
