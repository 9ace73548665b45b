package dev.botwright.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * GitHub's webhook events and their actions, read from {@code
 * META-INF/botwright/webhook-events.txt}, which {@code scripts/generate-webhook-catalog.sh} writes.
 * Each line is {@code event.action}, a bare {@code event} for events that carry no action, or
 * {@code event.*} for events whose action the sender chooses ({@code repository_dispatch}).
 */
final class WebhookCatalog {

  static final String RESOURCE = "META-INF/botwright/webhook-events.txt";
  static final String ANY_ACTION = "*";

  private final SortedSet<String> entries;
  private final Map<String, SortedSet<String>> actionsByEvent;

  private WebhookCatalog(SortedSet<String> entries, Map<String, SortedSet<String>> actionsByEvent) {
    this.entries = Collections.unmodifiableSortedSet(entries);
    this.actionsByEvent = actionsByEvent;
  }

  /** Reads the catalog shipped in this processor's own jar. */
  static WebhookCatalog load() {
    // The processor's own class loader, not the context one: the catalog travels with this jar.
    InputStream in = WebhookCatalog.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "botwright-processor is missing its resource "
              + RESOURCE
              + "; rebuild the processor or run scripts/generate-webhook-catalog.sh");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /** Builds a catalog from catalog lines; blank lines and {@code #} comments are skipped. */
  static WebhookCatalog parse(List<String> lines) {
    SortedSet<String> entries = new TreeSet<>();
    Map<String, SortedSet<String>> actionsByEvent = new TreeMap<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      entries.add(line);
      int dot = line.indexOf('.');
      String event = dot < 0 ? line : line.substring(0, dot);
      SortedSet<String> actions = actionsByEvent.computeIfAbsent(event, e -> new TreeSet<>());
      if (dot >= 0) {
        actions.add(line.substring(dot + 1));
      }
    }
    return new WebhookCatalog(entries, actionsByEvent);
  }

  /** Every line of the catalog, sorted. */
  SortedSet<String> entries() {
    return entries;
  }

  /** Every event name, sorted. */
  SortedSet<String> events() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(actionsByEvent.keySet()));
  }

  boolean hasEvent(String event) {
    return actionsByEvent.containsKey(event);
  }

  /** The actions of an event, empty for an event without actions or an unknown one. */
  SortedSet<String> actions(String event) {
    SortedSet<String> actions = actionsByEvent.get(event);
    return actions == null
        ? Collections.emptySortedSet()
        : Collections.unmodifiableSortedSet(actions);
  }

  /** Whether {@code event.action} can be delivered; any action for {@code event.*} entries. */
  boolean hasAction(String event, String action) {
    SortedSet<String> actions = actions(event);
    return actions.contains(action) || actions.contains(ANY_ACTION);
  }
}
