package dev.botwright.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The vendored {@code @octokit/webhooks-examples} corpus, one JSON file per example payload. */
final class WebhookExamples {

  private WebhookExamples() {}

  static Path directory() {
    try {
      return Paths.get(
          WebhookExamples.class.getResource("/dev/botwright/test/webhook-examples").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> files() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code issues.opened.2.json} names event {@code issues}. */
  static String event(Path file) {
    return file.getFileName().toString().split("\\.")[0];
  }

  /** {@code issues.opened.2.json} names action {@code opened}; {@code push.json} none. */
  static String action(Path file) {
    String[] parts = file.getFileName().toString().split("\\.");
    return parts.length > 2 && !parts[1].chars().allMatch(Character::isDigit) ? parts[1] : null;
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
