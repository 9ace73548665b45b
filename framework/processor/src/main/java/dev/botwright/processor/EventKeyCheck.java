package dev.botwright.processor;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Checks one {@code @OnEvent} value against the catalog and, when it is wrong, explains why and
 * names the nearest valid value.
 */
final class EventKeyCheck {

  static final String EVERY_EVENT = "*";

  /** Actions further than this from every valid one get the list of valid actions instead. */
  private static final int CLOSE_ACTION = 2;

  private final WebhookCatalog catalog;

  EventKeyCheck(WebhookCatalog catalog) {
    this.catalog = catalog;
  }

  /** What is wrong with {@code key}, or empty when it names a deliverable event. */
  Optional<String> problem(String key) {
    if (EVERY_EVENT.equals(key)) {
      return Optional.empty();
    }
    int dot = key.indexOf('.');
    String event = dot < 0 ? key : key.substring(0, dot);
    if (!catalog.hasEvent(event)) {
      Collection<String> candidates = dot < 0 ? catalog.events() : catalog.entries();
      return Optional.of(unknown(key, nearest(key, candidates)));
    }
    if (dot < 0) {
      return Optional.empty();
    }
    String action = key.substring(dot + 1);
    SortedSet<String> actions = catalog.actions(event);
    if (actions.isEmpty()) {
      return Optional.of(
          "GitHub event '"
              + event
              + "' has no actions. Use '"
              + event
              + "' instead of '"
              + key
              + "'.");
    }
    if (catalog.hasAction(event, action)) {
      return Optional.empty();
    }
    String nearest = nearest(action, actions);
    if (EditDistance.between(normalize(action), nearest) <= CLOSE_ACTION) {
      return Optional.of(unknown(key, event + "." + nearest));
    }
    return Optional.of(
        "GitHub event '"
            + event
            + "' has no action '"
            + action
            + "'. Valid actions: "
            + String.join(", ", actions)
            + ". Use '"
            + event
            + "' to handle every action.");
  }

  private static String unknown(String key, String suggestion) {
    return "unknown GitHub event '" + key + "'. Did you mean '" + suggestion + "'?";
  }

  /** The candidate closest to {@code value}; ties go to the first in sorted order. */
  static String nearest(String value, Collection<String> candidates) {
    String normalized = normalize(value);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = EditDistance.between(normalized, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * GitHub's spelling of what a user probably meant: {@code PullRequest.Opened} and {@code
   * pull-request.opened} both become {@code pull_request.opened}.
   */
  static String normalize(String value) {
    String snake = value.strip().replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    return snake.replace('-', '_').replace(' ', '_').toLowerCase(Locale.ROOT);
  }
}
