package dev.botwright.internal.setup;

import dev.botwright.internal.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes variables into a dotenv file that {@code DotEnvFile} reads back: lines for other keys and
 * comments are kept, a key already present is replaced in place, new keys are appended. The file is
 * replaced atomically and readable by its owner only (0600) since it holds the private key.
 */
final class CredentialsFile {

  private static final Pattern ASSIGNMENT =
      Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@+-]*");

  private CredentialsFile() {}

  /** Writes {@code values} into {@code file}, creating it when missing. */
  static void write(Path file, Map<String, String> values) throws IOException {
    Path target = file.toAbsolutePath();
    String existing =
        Files.isRegularFile(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
    AtomicFile.replace(target, merge(existing, values).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code existing} with {@code values} set; values that were there are replaced in place. */
  static String merge(String existing, Map<String, String> values) {
    Map<String, String> pending = new LinkedHashMap<>(values);
    List<String> out = new ArrayList<>();
    String[] lines = existing.isEmpty() ? new String[0] : existing.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = ASSIGNMENT.matcher(lines[i]);
      if (!m.matches() || !pending.containsKey(m.group(1))) {
        out.add(lines[i]);
        continue;
      }
      i = endOfValue(lines, i, m.group(2));
      String key = m.group(1);
      out.add(key + "=" + quote(pending.remove(key)));
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    pending.forEach((key, value) -> out.add(key + "=" + quote(value)));
    return String.join("\n", out) + "\n";
  }

  /** The last line of a value starting on line {@code i}: quoted values may span lines. */
  private static int endOfValue(String[] lines, int i, String value) {
    String v = value.strip();
    if (v.isEmpty() || (v.charAt(0) != '"' && v.charAt(0) != '\'')) {
      return i;
    }
    char quote = v.charAt(0);
    if (v.indexOf(quote, 1) > 0) {
      return i;
    }
    for (int j = i + 1; j < lines.length; j++) {
      if (lines[j].indexOf(quote) >= 0) {
        return j;
      }
    }
    return lines.length - 1;
  }

  /**
   * A value as {@code DotEnvFile} reads it back: plain when safe, else double-quoted with line
   * breaks as {@code \n}, else single-quoted.
   */
  static String quote(String value) {
    if (PLAIN.matcher(value).matches()) {
      return value;
    }
    if (value.indexOf('"') < 0 && !value.contains("\\n")) {
      return "\"" + value.replace("\r", "").replace("\n", "\\n") + "\"";
    }
    if (value.indexOf('\'') < 0 && value.indexOf('\n') < 0) {
      return "'" + value + "'";
    }
    throw new IllegalArgumentException(
        "A value holds both quote characters or a line break that a .env file cannot hold");
  }
}
