package dev.botwright.internal.metrics;

import io.micronaut.core.annotation.Internal;
import java.util.Locale;

/**
 * The {@code outcome} label of {@code botwright_deliveries_total}. Intake counts {@link
 * #DUPLICATE}, {@link #REJECTED_SIGNATURE} and {@link #UNHANDLED} once per request; the runner
 * counts each attempt: {@link #HANDLED} when every handler succeeded, else {@link #FAILED} and then
 * either {@link #RETRIED} (another attempt is due) or {@link #DEAD} (no attempt is left).
 */
@Internal
public enum DeliveryOutcome {
  HANDLED,
  FAILED,
  RETRIED,
  DEAD,
  DUPLICATE,
  REJECTED_SIGNATURE,
  UNHANDLED;

  /** The label value, e.g. {@code rejected_signature}. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
