package dev.botwright.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.botwright.DeliveryFailure;
import dev.botwright.OnEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandlerRegistrationFailureTest {

  @Test
  void aParameterThatCannotBeBoundFailsStartUpNamingHandlerAndParameter() {
    Throwable thrown = start("unbindable");

    assertThat(messages(thrown))
        .contains(
            "Handler UnbindableHandler#handle cannot be registered: parameter 'title' of type"
                + " java.lang.String cannot be bound: it is not EventContext, JsonNode,"
                + " GitHubClient, a webhook payload type (dev.botwright.event), a @Serdeable payload"
                + " type, or a bean in the application context."
                + " Annotate the type with @Serdeable to receive the payload, or declare a bean of"
                + " that type.");
  }

  @Test
  void deliveryFailureOnlyGoesToErrorHooks() {
    Throwable thrown = start("failure-in-handler");

    assertThat(messages(thrown))
        .contains(
            "Handler FailureInHandler#handle cannot be registered: parameter 'failure' of type"
                + " dev.botwright.DeliveryFailure cannot be bound: DeliveryFailure is only passed"
                + " to @OnDeliveryError methods");
  }

  private static Throwable start(String variant) {
    Throwable thrown =
        catchThrowable(
            () -> {
              try (ApplicationContext ignored =
                  ApplicationContext.run(
                      Map.of(
                          "spec.name", "HandlerRegistrationFailureTest",
                          "variant", variant,
                          "botwright.test.fake-event-clients", "true"))) {
                // Start-up alone must fail.
              }
            });
    assertThat(thrown).isNotNull();
    return thrown;
  }

  private static String messages(Throwable thrown) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  @Singleton
  @Requires(property = "spec.name", value = "HandlerRegistrationFailureTest")
  @Requires(property = "variant", value = "unbindable")
  static class UnbindableHandler {
    @OnEvent("issues.opened")
    void handle(String title) {}
  }

  @Singleton
  @Requires(property = "spec.name", value = "HandlerRegistrationFailureTest")
  @Requires(property = "variant", value = "failure-in-handler")
  static class FailureInHandler {
    @OnEvent("issues.opened")
    void handle(DeliveryFailure failure) {}
  }
}
