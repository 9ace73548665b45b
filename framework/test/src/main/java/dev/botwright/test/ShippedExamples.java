package dev.botwright.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The GitHub example payloads the kit ships (from {@code @octokit/webhooks-examples}, MIT), listed
 * by their {@code index.txt} because a jar cannot be listed without scanning it.
 */
final class ShippedExamples {

  static final String DIRECTORY = "dev/botwright/test/webhook-examples/";

  private static volatile @Nullable List<String> names;

  private ShippedExamples() {}

  /** Every shipped example's name, e.g. {@code issues.opened} and {@code issues.opened.2}. */
  static List<String> names() {
    List<String> known = names;
    if (known == null) {
      known = readIndex();
      names = known;
    }
    return known;
  }

  static Optional<byte[]> load(String name) {
    if (!names().contains(name)) {
      return Optional.empty();
    }
    // the kit's own loader, so a test resource of the same path cannot stand in for the example
    try (InputStream in = ShippedExamples.class.getClassLoader().getResourceAsStream(path(name))) {
      if (in == null) {
        throw new IllegalStateException(path(name) + " is listed but missing from botwright-test");
      }
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path(name), e);
    }
  }

  private static String path(String name) {
    return DIRECTORY + name + ".json";
  }

  /**
   * Up to {@code limit} shipped names closest to {@code name}, first variants ({@code .2}) left
   * out.
   */
  static List<String> nearest(String name, int limit) {
    return names().stream()
        .filter(n -> !n.matches(".*\\.\\d+"))
        .sorted(Comparator.comparingInt((String n) -> distance(name, n)).thenComparing(n -> n))
        .limit(limit)
        .toList();
  }

  private static List<String> readIndex() {
    ClassLoader loader = ShippedExamples.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(DIRECTORY + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            DIRECTORY + "index.txt is missing from botwright-test; the kit jar is incomplete");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the shipped examples' index", e);
    }
  }

  /** Levenshtein distance: how many single-character edits turn {@code a} into {@code b}. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
