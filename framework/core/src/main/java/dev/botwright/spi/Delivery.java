package dev.botwright.spi;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A verified webhook delivery, as it travels from intake to the handlers.
 *
 * @param id the {@code X-GitHub-Delivery} id
 * @param event the {@code X-GitHub-Event} name
 * @param action the payload's top-level {@code action}, or {@code null}
 * @param installationId the payload's {@code installation.id}, or {@code 0} when there is none
 * @param headers the GitHub headers of the request (never the signature)
 * @param body the exact bytes that were verified; JSON object
 * @param receivedAt when intake accepted it
 */
public record Delivery(
    String id,
    String event,
    @Nullable String action,
    long installationId,
    Map<String, String> headers,
    byte[] body,
    Instant receivedAt) {

  /** {@code event.action}, or just the event when it has no action. */
  public String eventKey() {
    return action == null ? event : event + "." + action;
  }

  @Override
  public String toString() {
    return "Delivery[id=" + id + ", event=" + eventKey() + ", installation=" + installationId + "]";
  }
}
