package dev.botwright.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code @octokit/webhooks-examples} payloads the kit ships, found through its {@code
 * index.txt} as the kit finds them; a name is {@code <event>.<action>[.<n>]} or {@code
 * <event>[.<n>]}.
 */
final class WebhookExamples {

  static final String DIRECTORY = "dev/botwright/test/webhook-examples/";

  private WebhookExamples() {}

  /** Every listed example's name, e.g. {@code issues.opened} and {@code issues.opened.2}. */
  static List<String> names() {
    return new String(resource("index.txt"), StandardCharsets.UTF_8)
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
  }

  static byte[] read(String name) {
    return resource(name + ".json");
  }

  /** {@code issues.opened.2} names event {@code issues}. */
  static String event(String name) {
    return name.split("\\.")[0];
  }

  /** {@code issues.opened.2} names key {@code issues.opened}; {@code push.2} names {@code push}. */
  static String key(String name) {
    return Arrays.stream(name.split("\\."))
        .filter(part -> !part.chars().allMatch(Character::isDigit))
        .reduce((event, action) -> event + "." + action)
        .orElseThrow();
  }

  private static byte[] resource(String file) {
    try (InputStream in =
        WebhookExamples.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException(DIRECTORY + file + " is missing from botwright-test");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
