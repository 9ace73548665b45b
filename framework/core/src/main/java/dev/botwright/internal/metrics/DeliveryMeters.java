package dev.botwright.internal.metrics;

import dev.botwright.event.EventTypes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code botwright.deliveries} by event, action and outcome. The event and action labels are
 * GitHub's webhook catalog ({@link EventTypes}): anything else, such as the {@code X-GitHub-Event}
 * of a request whose signature failed, counts as {@value #OTHER}, so a sender cannot add series.
 * Counters are resolved once per (event, action, outcome) and kept; a delivery costs two map
 * look-ups and an increment.
 */
final class DeliveryMeters {

  /** The label of an event or action that is not in GitHub's catalog. */
  static final String OTHER = "other";

  /** The action label of an event without one, or of a request whose payload was not read. */
  static final String NONE = "none";

  private static final DeliveryOutcome[] OUTCOMES = DeliveryOutcome.values();

  private final MeterRegistry registry;

  /** Event label, then action label, then one counter per outcome; only catalog values are keys. */
  private final Map<String, Map<String, Counter[]>> counters = new ConcurrentHashMap<>();

  DeliveryMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  void count(String event, @Nullable String action, DeliveryOutcome outcome) {
    Map<String, Counter[]> actions = counters.get(event);
    String eventLabel = event;
    if (actions == null) {
      eventLabel = EventTypes.events().contains(event) ? event : OTHER;
      actions = counters.computeIfAbsent(eventLabel, e -> new ConcurrentHashMap<>());
    }
    String raw = action == null || eventLabel.equals(OTHER) ? NONE : action;
    Counter[] byOutcome = actions.get(raw);
    if (byOutcome == null) {
      String actionLabel = raw.equals(NONE) || isKnown(eventLabel, raw) ? raw : OTHER;
      byOutcome = actions.computeIfAbsent(actionLabel, a -> new Counter[OUTCOMES.length]);
      raw = actionLabel;
    }
    int index = outcome.ordinal();
    Counter counter = byOutcome[index];
    if (counter == null) {
      // A race registers the same meter twice; the registry hands back the one it has.
      counter = register(eventLabel, raw, outcome);
      byOutcome[index] = counter;
    }
    counter.increment();
  }

  private static boolean isKnown(String event, String action) {
    return EventTypes.ofKey(event + "." + action).isPresent();
  }

  private Counter register(String event, String action, DeliveryOutcome outcome) {
    return Counter.builder(MeterNames.DELIVERIES)
        .description("Webhook deliveries by event, action and outcome")
        .tag("event", event)
        .tag("action", action)
        .tag("outcome", outcome.label())
        .register(registry);
  }
}
