package dev.botwright.internal.setup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The webhook events and app permissions GitHub accepts in a manifest, from resources bundled with
 * the framework (the processor's event catalog is compile-time only).
 */
final class ManifestCatalog {

  static final String EVENTS = "META-INF/botwright/setup/manifest-events.txt";
  static final String PERMISSIONS = "META-INF/botwright/setup/app-permissions.txt";

  private static final ManifestCatalog INSTANCE = load();

  private final Set<String> events;
  private final Map<String, Set<String>> permissions;

  private ManifestCatalog(Set<String> events, Map<String, Set<String>> permissions) {
    this.events = events;
    this.permissions = permissions;
  }

  static ManifestCatalog get() {
    return INSTANCE;
  }

  boolean isEvent(String name) {
    return events.contains(name);
  }

  /** The levels {@code permission} accepts, or null when GitHub has no such permission. */
  Set<String> levels(String permission) {
    return permissions.get(permission);
  }

  Set<String> events() {
    return events;
  }

  private static ManifestCatalog load() {
    Set<String> events = new TreeSet<>();
    for (String line : lines(EVENTS)) {
      events.add(line);
    }
    Map<String, Set<String>> permissions = new LinkedHashMap<>();
    for (String line : lines(PERMISSIONS)) {
      List<String> words = Arrays.asList(line.split("\\s+"));
      permissions.put(words.get(0), Set.copyOf(words.subList(1, words.size())));
    }
    return new ManifestCatalog(Set.copyOf(events), Map.copyOf(permissions));
  }

  static List<String> lines(String resource) {
    InputStream in = ManifestCatalog.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          resource + " is missing from the classpath: the botwright jar is incomplete.");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
