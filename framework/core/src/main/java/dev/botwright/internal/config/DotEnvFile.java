package dev.botwright.internal.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@code .env} file as Probot's dotenv does: {@code KEY=value} lines, {@code #} comments,
 * optional {@code export}, single or double quotes, and double-quoted values that span lines (a
 * private key pasted as is) or use {@code \n}.
 */
final class DotEnvFile {

  private DotEnvFile() {}

  /** The variables in {@code file}, or none if it does not exist. */
  static Map<String, String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
    }
  }

  static Map<String, String> parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int lineEnd = indexOrEnd(text, '\n', i);
      String line = text.substring(i, lineEnd).strip();
      int next = lineEnd + 1;
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int eq = line.indexOf('=');
      if (line.isEmpty() || line.startsWith("#") || eq <= 0) {
        i = next;
        continue;
      }
      String key = line.substring(0, eq).strip();
      int valueStart = text.indexOf('=', i) + 1;
      while (valueStart < n
          && (text.charAt(valueStart) == ' ' || text.charAt(valueStart) == '\t')) {
        valueStart++;
      }
      char quote = valueStart < n ? text.charAt(valueStart) : 0;
      if (quote == '"' || quote == '\'') {
        int close = text.indexOf(quote, valueStart + 1);
        if (close < 0) {
          close = n;
        }
        String raw = text.substring(valueStart + 1, close);
        values.put(key, quote == '"' ? raw.replace("\\n", "\n") : raw);
        next = indexOrEnd(text, '\n', Math.min(close, n)) + 1;
      } else {
        String raw = line.substring(eq + 1).strip();
        int comment = raw.indexOf(" #");
        values.put(key, comment >= 0 ? raw.substring(0, comment).strip() : raw);
      }
      i = next;
    }
    return values;
  }

  private static int indexOrEnd(String text, char c, int from) {
    int at = text.indexOf(c, from);
    return at < 0 ? text.length() : at;
  }
}
