package dev.botwright.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The simple rules a pull request's title and body must meet: a title of at least {@value
 * #MIN_TITLE} characters that does not start with "WIP", and a body of at least {@value #MIN_BODY}
 * characters that says what the change does.
 */
final class PullRequestRules {

  static final int MIN_TITLE = 10;
  static final int MIN_BODY = 20;

  private PullRequestRules() {}

  /** The rules {@code title} and {@code body} (null when empty) break; empty when all are met. */
  static List<String> broken(String title, @Nullable String body) {
    List<String> broken = new ArrayList<>();
    String trimmedTitle = title.strip();
    String trimmedBody = body == null ? "" : body.strip();
    if (trimmedTitle.length() < MIN_TITLE) {
      broken.add("The title should have at least " + MIN_TITLE + " characters.");
    }
    if (trimmedTitle.toUpperCase(Locale.ROOT).startsWith("WIP")) {
      broken.add("The title starts with WIP: mark the pull request as a draft instead.");
    }
    if (trimmedBody.length() < MIN_BODY) {
      broken.add(
          "The description should say what the change does in at least "
              + MIN_BODY
              + " characters.");
    }
    return broken;
  }
}
