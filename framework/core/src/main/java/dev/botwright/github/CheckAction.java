package dev.botwright.github;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A button on a completed check run. A click sends {@code check_run.requested_action} with this
 * {@link #identifier} in {@code requested_action.identifier}, e.g. to apply a linter's fixes.
 *
 * @param label the button's text (at most 20 characters)
 * @param description what the button does (at most 40 characters)
 * @param identifier the bot's own name for the action (at most 20 characters)
 */
public record CheckAction(String label, String description, String identifier) {

  /** GitHub's limit on {@link #label} and {@link #identifier}, in characters. */
  public static final int MAX_LABEL = 20;

  /** GitHub's limit on {@link #description}, in characters. */
  public static final int MAX_DESCRIPTION = 40;

  /** Checks the fields against GitHub's limits. */
  public CheckAction {
    check("label", label, MAX_LABEL);
    check("description", description, MAX_DESCRIPTION);
    check("identifier", identifier, MAX_LABEL);
  }

  private static void check(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A check run action needs a " + field);
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(
          "The check run action's "
              + field
              + " '"
              + value
              + "' is "
              + value.length()
              + " characters long; GitHub takes at most "
              + max
              + ". Shorten it");
    }
  }

  /** The action as GitHub's API takes it. */
  Map<String, Object> toParameters() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("label", label);
    fields.put("description", description);
    fields.put("identifier", identifier);
    return fields;
  }
}
