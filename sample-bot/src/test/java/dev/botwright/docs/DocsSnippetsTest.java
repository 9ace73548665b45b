package dev.botwright.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Keeps the guide honest: every Java block in {@code docs/*.md} is marked with the source file it
 * comes from, and its lines appear in that file in the same order (leading whitespace ignored), so
 * the code a reader copies is code that compiles.
 */
class DocsSnippetsTest {

  /** The repository root, seen from the sample-bot module where the tests run. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Pattern MARKER = Pattern.compile("^<!-- snippet: (\\S+) -->$");

  @Test
  void everyJavaBlockMatchesItsSourceFile() throws IOException {
    List<String> problems = new ArrayList<>();
    int blocks = 0;
    for (Path doc : docs()) {
      List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String where = ROOT.relativize(doc) + ":" + (i + 1);
        Matcher marker = MARKER.matcher(lines.get(i).strip());
        if (lines.get(i).strip().equals("```java")) {
          if (i == 0 || !MARKER.matcher(lines.get(i - 1).strip()).matches()) {
            problems.add(where + ": java block without a <!-- snippet: PATH --> line above it");
          }
          continue;
        }
        if (!marker.matches()) {
          continue;
        }
        if (i + 1 >= lines.size() || !lines.get(i + 1).strip().equals("```java")) {
          problems.add(where + ": the snippet marker is not directly above a ```java block");
          continue;
        }
        List<String> block = new ArrayList<>();
        int j = i + 2;
        while (j < lines.size() && !lines.get(j).strip().equals("```")) {
          block.add(lines.get(j));
          j++;
        }
        blocks++;
        Path source = ROOT.resolve(marker.group(1));
        if (!Files.isRegularFile(source)) {
          problems.add(where + ": " + marker.group(1) + " does not exist");
          continue;
        }
        String missing = firstLineNotInOrder(block, Files.readAllLines(source));
        if (missing != null) {
          problems.add(where + ": '" + missing + "' is not in " + marker.group(1) + " (in order)");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(blocks).as("java blocks checked").isGreaterThanOrEqualTo(10);
  }

  @Test
  void aChangedLineIsCaught() {
    List<String> source = List.of("class A {", "  void run() {}", "}");

    assertThat(firstLineNotInOrder(List.of("void run() {}", "}"), source)).isNull();
    assertThat(firstLineNotInOrder(List.of("void walk() {}"), source)).isEqualTo("void walk() {}");
    assertThat(firstLineNotInOrder(List.of("}", "class A {"), source)).isEqualTo("class A {");
  }

  /** The first non-blank block line that does not follow the previous one in the source. */
  static @Nullable String firstLineNotInOrder(List<String> block, List<String> source) {
    int next = 0;
    for (String line : block) {
      String wanted = line.strip();
      if (wanted.isEmpty()) {
        continue;
      }
      while (next < source.size() && !source.get(next).strip().equals(wanted)) {
        next++;
      }
      if (next == source.size()) {
        return wanted;
      }
      next++;
    }
    return null;
  }

  private static List<Path> docs() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      List<Path> docs = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      assertThat(docs).isNotEmpty();
      return docs;
    }
  }
}
