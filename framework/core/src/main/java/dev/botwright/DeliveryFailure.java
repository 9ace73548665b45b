package dev.botwright;

import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The failures of one delivery: every handler that threw, after all handlers have run.
 *
 * @param deliveryId GitHub's {@code X-GitHub-Delivery} id
 * @param event the event name, e.g. {@code "issues"}
 * @param action the action, e.g. {@code "opened"}, or {@code null} for events without one
 * @param installationId the installation that sent the event, if any
 * @param failures one entry per failed handler, in the order the handlers ran
 */
public record DeliveryFailure(
    String deliveryId,
    String event,
    @Nullable String action,
    OptionalLong installationId,
    List<HandlerFailure> failures) {

  public DeliveryFailure {
    failures = List.copyOf(failures);
  }

  /**
   * One handler's failure.
   *
   * @param handler the handler, as {@code BeanClass#method}
   * @param error what it threw
   */
  public record HandlerFailure(String handler, Throwable error) {}
}
