package dev.botwright.internal.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An app manifest: the keys from {@code app.yml} merged with defaults, with the URLs GitHub calls
 * back taken from configuration, and the problems that stop it from being sent to GitHub.
 */
record AppManifest(Map<String, Object> fields, List<String> problems) {

  /** GitHub's manifest keys; anything else in {@code app.yml} is a mistake. */
  static final Set<String> KEYS =
      Set.of(
          "name",
          "url",
          "description",
          "public",
          "default_events",
          "default_permissions",
          "hook_attributes",
          "redirect_url",
          "callback_urls",
          "setup_url",
          "setup_on_update",
          "request_oauth_on_install");

  /** GitHub refuses app names longer than this. */
  static final int MAX_NAME_LENGTH = 34;

  /**
   * Merges {@code declared} (from {@code app.yml}, possibly empty) over the defaults and checks it.
   *
   * @param webhookUrl where GitHub sends webhooks, from configuration
   * @param redirectUrl the setup callback, from configuration
   */
  static AppManifest of(
      Map<?, ?> declared, String defaultName, String webhookUrl, String redirectUrl) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", defaultName);
    fields.put("url", "https://github.com");
    fields.put("public", false);
    fields.put("default_events", List.of());
    fields.put("default_permissions", Map.of());
    declared.forEach(
        (key, value) -> {
          String name = String.valueOf(key);
          if (!KEYS.contains(name)) {
            problems.add(
                "'"
                    + name
                    + "' is not a GitHub manifest key; use one of "
                    + new java.util.TreeSet<>(KEYS)
                    + ".");
          } else if (value != null) {
            fields.put(name, value);
          }
        });
    Map<String, Object> hook = new LinkedHashMap<>();
    if (fields.get("hook_attributes") instanceof Map<?, ?> declaredHook) {
      declaredHook.forEach((key, value) -> hook.put(String.valueOf(key), value));
    } else if (fields.containsKey("hook_attributes")) {
      problems.add("'hook_attributes' must be a map such as {active: true}.");
    }
    hook.put("url", webhookUrl);
    hook.putIfAbsent("active", true);
    fields.put("hook_attributes", hook);
    fields.put("redirect_url", redirectUrl);
    checkName(fields.get("name"), problems);
    checkEvents(fields.get("default_events"), problems);
    checkPermissions(fields.get("default_permissions"), problems);
    if (!(fields.get("public") instanceof Boolean)) {
      problems.add("'public' is '" + fields.get("public") + "': use true or false.");
    }
    return new AppManifest(fields, List.copyOf(problems));
  }

  boolean isValid() {
    return problems.isEmpty();
  }

  private static void checkName(Object name, List<String> problems) {
    if (!(name instanceof String text) || text.isBlank()) {
      problems.add("'name' must be the app's name, e.g. name: my-bot.");
    } else if (text.length() > MAX_NAME_LENGTH) {
      problems.add(
          "'name' is '" + text + "': GitHub allows at most " + MAX_NAME_LENGTH + " characters.");
    }
  }

  private static void checkEvents(Object events, List<String> problems) {
    if (!(events instanceof List<?> list)) {
      problems.add("'default_events' must be a list such as [issues, pull_request].");
      return;
    }
    ManifestCatalog catalog = ManifestCatalog.get();
    for (Object event : list) {
      String name = String.valueOf(event);
      if (!catalog.isEvent(name)) {
        problems.add(
            "'default_events' lists '"
                + name
                + "', which is not a GitHub webhook event; use names such as issues,"
                + " pull_request or check_run (no action: 'issues', not 'issues.opened').");
      }
    }
  }

  private static void checkPermissions(Object permissions, List<String> problems) {
    if (!(permissions instanceof Map<?, ?> map)) {
      problems.add("'default_permissions' must be a map such as {issues: write}.");
      return;
    }
    ManifestCatalog catalog = ManifestCatalog.get();
    map.forEach(
        (key, value) -> {
          String name = String.valueOf(key);
          Set<String> levels = catalog.levels(name);
          if (levels == null) {
            problems.add(
                "'default_permissions' has '"
                    + name
                    + "', which is not a GitHub App permission; see GitHub's list, e.g. issues,"
                    + " pull_requests, contents, checks.");
          } else if (!levels.contains(String.valueOf(value))) {
            problems.add(
                "'default_permissions' gives "
                    + name
                    + " the level '"
                    + value
                    + "'; use one of "
                    + new java.util.TreeSet<>(levels)
                    + ".");
          }
        });
  }
}
