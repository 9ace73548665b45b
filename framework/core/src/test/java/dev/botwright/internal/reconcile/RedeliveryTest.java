package dev.botwright.internal.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedeliveryTest {

  private final FakeAppHook hook = new FakeAppHook();
  private ApplicationContext context;

  @BeforeEach
  void start() {
    context = ApplicationContext.run(Map.of("botwright.github.api-url", hook.baseUrl()));
  }

  @AfterEach
  void stop() {
    context.close();
    hook.close();
  }

  @Test
  void redeliversTheNewestAttemptOfTheGuid() {
    hook.onePage(301, 302);

    assertThat(
            context
                .getBean(Redelivery.class)
                .redeliver("g-retry", Instant.parse("2026-03-04T10:00:00Z")))
        .isEmpty();
    assertThat(hook.redelivered()).containsExactly("301");
  }

  @Test
  void aGuidGitHubDoesNotListIsNotAskedFor() {
    hook.onePage(301);

    assertThat(
            context
                .getBean(Redelivery.class)
                .redeliver("g-other", Instant.parse("2026-03-04T10:00:00Z")))
        .hasValue(
            "GitHub lists no attempt of delivery g-other since 2026-03-04T09:55:00Z (it keeps"
                + " them 3 days); nothing was asked.");
    assertThat(hook.redelivered()).isEmpty();
  }

  @Test
  void aRefusalByGitHubIsReportedNotThrown() {
    hook.close();

    assertThat(
            context
                .getBean(Redelivery.class)
                .redeliver("g-retry", Instant.parse("2026-03-04T10:00:00Z")))
        .hasValueSatisfying(
            message -> assertThat(message).startsWith("GitHub did not take the request: "));
  }
}
