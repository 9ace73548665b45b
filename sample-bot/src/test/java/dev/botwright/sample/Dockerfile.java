package dev.botwright.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instructions of a Dockerfile, read the way Docker reads them (comments dropped, continued
 * lines joined), so tests can check an image's user, volume and entrypoint without a Docker daemon.
 */
record Dockerfile(List<Instruction> instructions) {

  /** One instruction: its keyword in upper case and the rest of its (joined) line. */
  record Instruction(String keyword, String arguments) {}

  static Dockerfile read(Path file) throws IOException {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      String stripped = line.strip();
      if (current.isEmpty() && (stripped.isEmpty() || stripped.startsWith("#"))) {
        continue;
      }
      if (stripped.endsWith("\\")) {
        current.append(stripped.substring(0, stripped.length() - 1).strip()).append(' ');
        continue;
      }
      current.append(stripped);
      String text = current.toString();
      int space = text.indexOf(' ');
      instructions.add(
          new Instruction(
              text.substring(0, space).toUpperCase(), text.substring(space + 1).strip()));
      current.setLength(0);
    }
    return new Dockerfile(List.copyOf(instructions));
  }

  /** The arguments of the only instruction with this keyword. */
  String only(String keyword) {
    List<String> all = all(keyword);
    if (all.size() != 1) {
      throw new AssertionError("Expected one " + keyword + ", found " + all);
    }
    return all.get(0);
  }

  List<String> all(String keyword) {
    return instructions.stream()
        .filter(i -> i.keyword().equals(keyword))
        .map(Instruction::arguments)
        .toList();
  }

  /** Every {@code ENV key=value} of the file, quotes removed, in order. */
  Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String arguments : all("ENV")) {
      for (String pair : words(arguments)) {
        int equals = pair.indexOf('=');
        env.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    return env;
  }

  /** The value the image gives the environment variable {@code name}. */
  String variable(String name) {
    String value = environment().get(name);
    if (value == null) {
      throw new AssertionError("The Dockerfile sets no ENV " + name);
    }
    return value;
  }

  /** The words of an exec-form (JSON array) instruction such as {@code ENTRYPOINT}. */
  static List<String> execForm(String arguments) {
    if (!arguments.startsWith("[") || !arguments.endsWith("]")) {
      throw new AssertionError("Not in exec form (a JSON array): " + arguments);
    }
    return words(arguments.substring(1, arguments.length() - 1).replace(",", " "));
  }

  /** Splits on blanks outside double quotes, and drops the quotes. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }
}
