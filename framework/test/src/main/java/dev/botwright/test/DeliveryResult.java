package dev.botwright.test;

import dev.botwright.DeliveryFailure.HandlerFailure;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What happened to one delivery sent by {@link WebhookSender}: the HTTP answer and, when it was
 * dispatched, how its handlers ended. Handlers have finished by the time you hold it.
 *
 * @param status the HTTP status the webhook route answered
 * @param body the response body
 * @param deliveryId the {@code X-GitHub-Delivery} id that was sent
 * @param dispatched whether handlers ran for it
 * @param handlers how many handlers ran
 * @param failures the handlers that threw
 */
public record DeliveryResult(
    int status,
    String body,
    String deliveryId,
    boolean dispatched,
    int handlers,
    List<HandlerFailure> failures) {

  /** Asserts the webhook route answered 2xx. */
  public DeliveryResult assertAccepted() {
    if (status < 200 || status > 299) {
      throw new AssertionError(
          "Expected delivery " + deliveryId + " to be accepted but got " + status + " " + body);
    }
    return this;
  }

  /** Asserts the webhook route answered {@code expected}. */
  public DeliveryResult assertStatus(int expected) {
    if (status != expected) {
      throw new AssertionError(
          "Expected status "
              + expected
              + " for delivery "
              + deliveryId
              + " but got "
              + status
              + " "
              + body);
    }
    return this;
  }

  /** Asserts it was accepted, at least one handler ran, and none failed. */
  public DeliveryResult assertHandled() {
    assertAccepted();
    if (!dispatched || handlers == 0) {
      throw new AssertionError(
          "Expected handlers to run for delivery " + deliveryId + " but none did: " + body);
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(
          "Expected delivery "
              + deliveryId
              + " to be handled but handlers failed:\n"
              + describeFailures(),
          failures.get(0).error());
    }
    return this;
  }

  /** Asserts that at least one handler failed, and returns the failures. */
  public List<HandlerFailure> assertFailed() {
    assertAccepted();
    if (failures.isEmpty()) {
      throw new AssertionError(
          "Expected a handler of delivery " + deliveryId + " to fail, but none did");
    }
    return failures;
  }

  private String describeFailures() {
    return failures.stream()
        .map(f -> "  " + f.handler() + ": " + f.error())
        .collect(Collectors.joining("\n"));
  }
}
