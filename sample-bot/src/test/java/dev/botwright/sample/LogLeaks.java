package dev.botwright.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Looks for secrets in a log file: exact values (webhook secret, key lines, tokens, signatures) and
 * shapes (JWTs, signatures). Reports the line number and the kind of secret, never the secret, so a
 * failing build does not leak it once more.
 */
final class LogLeaks {

  static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ");
  static final Pattern SIGNATURE = Pattern.compile("sha256=[0-9a-fA-F]{64}");

  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<Pattern> shapes = new ArrayList<>(List.of(JWT, SIGNATURE));

  /** Reports any line containing {@code value}, described as {@code kind}. */
  LogLeaks value(String kind, String value) {
    if (value.length() < 8) {
      throw new IllegalArgumentException(kind + " is too short to search for without noise");
    }
    values.put(value, kind);
    return this;
  }

  /** Reports any line where {@code shape} is found. */
  LogLeaks shape(Pattern shape) {
    shapes.add(shape);
    return this;
  }

  /** The body lines of a PEM key, each a secret. */
  LogLeaks pem(String pem) {
    pem.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("-----"))
        .forEach(line -> value("a line of the private key", line));
    return this;
  }

  /** One entry per leak: {@code "<file> line <n> contains <kind>"}. */
  List<String> in(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    List<String> leaks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = log.getFileName() + " line " + (i + 1) + " contains ";
      values.forEach(
          (value, kind) -> {
            if (line.contains(value)) {
              leaks.add(where + kind);
            }
          });
      for (Pattern shape : shapes) {
        if (shape.matcher(line).find()) {
          leaks.add(where + "a value matching " + shape.pattern());
        }
      }
    }
    return leaks;
  }
}
