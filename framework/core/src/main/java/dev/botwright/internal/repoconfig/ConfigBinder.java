package dev.botwright.internal.repoconfig;

import dev.botwright.repoconfig.RepositoryConfigException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Binds a merged configuration to the bot's type with the application's serde, and turns a failure
 * into a message naming the file, the key and its line.
 */
final class ConfigBinder {

  private ConfigBinder() {}

  /**
   * @param file the file that was asked for, named when the bad value's file is not known
   */
  static <T> T bind(JsonMapper mapper, DeepMerge.Merged merged, Class<T> type, String file) {
    T value;
    try {
      value = mapper.readValueFromTree(merged.tree(), type);
    } catch (IOException | RuntimeException e) {
      throw failure(e, merged.origins(), type, file);
    }
    LossyValues.Loss loss = LossyValues.find(merged.tree(), writtenBack(mapper, value));
    if (loss != null) {
      throw wrongType(
          merged.origins(), type, file, loss.key(), loss.expected(), ", not " + loss.given(), null);
    }
    return value;
  }

  /** The bound value as a tree; a null node for types serde can only read. */
  private static JsonNode writtenBack(JsonMapper mapper, Object value) {
    try {
      return mapper.writeValueToTree(value);
    } catch (IOException | RuntimeException readOnly) {
      return JsonNode.nullNode();
    }
  }

  private static RepositoryConfigException failure(
      Exception e, Map<String, String> origins, Class<?> type, String file) {
    String reason = rootMessage(e);
    if (reason.contains("introspection")) {
      return new RepositoryConfigException(
          file,
          type.getName()
              + " cannot be read from "
              + file
              + ": annotate it with @Serdeable (io.micronaut.serde.annotation.Serdeable).",
          e);
    }
    SerdeException serde = outermostWithPath(e);
    List<ReferencePath> path = serde == null ? List.of() : serde.getPath();
    String expected =
        path.isEmpty() ? type.getSimpleName() : path.get(0).getArgument().getTypeString(true);
    return wrongType(origins, type, file, key(path), expected, " (" + reason + ")", e);
  }

  private static RepositoryConfigException wrongType(
      Map<String, String> origins,
      Class<?> type,
      String file,
      String key,
      String expected,
      String detail,
      @Nullable Exception cause) {
    String origin = origin(origins, key);
    String where = origin == null ? file : origin;
    String at = origin == null && !key.isEmpty() ? " (from the defaults)" : "";
    return new RepositoryConfigException(
        origin == null ? file : origin.substring(0, origin.lastIndexOf(", line ")),
        (key.isEmpty() ? "The configuration" : "Key '" + key + "'")
            + " in "
            + where
            + at
            + " has the wrong type: "
            + type.getSimpleName()
            + " expects "
            + expected
            + " there"
            + detail
            + ". Fix the value in the file.",
        cause);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    // Serde appends "at [Source: ...]" on a line of its own: a tree has no source worth naming.
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private static @Nullable SerdeException outermostWithPath(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
        return serde;
      }
    }
    return null;
  }

  /** {@code rules[1].days}, from serde's path (innermost first). */
  static String key(List<ReferencePath> path) {
    StringBuilder key = new StringBuilder();
    for (int i = path.size() - 1; i >= 0; i--) {
      ReferencePath part = path.get(i);
      if (part instanceof CollectionItemReferencePath item) {
        key.append('[').append(item.index()).append(']');
      } else if (part instanceof MapItemReferencePath item) {
        key.append(key.isEmpty() ? "" : ".").append(item.key());
      } else if (part instanceof PropertyReferencePath property) {
        Argument<?> argument = property.property();
        key.append(key.isEmpty() ? "" : ".").append(argument.getName());
      }
    }
    return key.toString();
  }

  /**
   * The origin of {@code key}: exact, else ignoring case, {@code -} and {@code _} (a record's
   * {@code daysUntilStale} read from {@code days-until-stale}), else its closest parent's.
   */
  private static @Nullable String origin(Map<String, String> origins, String key) {
    for (String candidate = key;
        !candidate.isEmpty();
        candidate = candidate.substring(0, Math.max(0, parentEnd(candidate)))) {
      if (origins.containsKey(candidate)) {
        return origins.get(candidate);
      }
      String wanted = loose(candidate);
      for (Map.Entry<String, String> origin : origins.entrySet()) {
        if (loose(origin.getKey()).equals(wanted)) {
          return origin.getValue();
        }
      }
    }
    return null;
  }

  private static int parentEnd(String key) {
    return Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
  }

  private static String loose(String key) {
    return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }
}
