package dev.botwright.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.internal.dispatch.DeliveryProcessor.Attempt;
import dev.botwright.internal.dispatch.DeliveryProcessor.AttemptResult;
import dev.botwright.spi.Delivery;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attempts: which handlers run, and who hears of a failure that will be retried. */
@MicronautTest(startApplication = false)
@Property(name = "spec.name", value = "DispatchTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
class AttemptsTest {

  @Inject DeliveryProcessor processor;
  @Inject DispatchTestHandlers handlers;
  @Inject DispatchTestHandlers.Listener listener;

  @BeforeEach
  void reset() {
    handlers.order.clear();
    handlers.failures.clear();
    listener.finished.clear();
  }

  private static Delivery issueOpened(String id) {
    return Fixtures.delivery(id, "issues", "opened", 1, Fixtures.bytes("issues.opened"));
  }

  @Test
  void aFailureThatWillBeRetriedReachesNeitherHooksNorListeners() {
    AttemptResult result =
        Fixtures.process(processor, issueOpened("first"), new Attempt(1, Set.of(), false));

    assertThat(result.succeeded()).isFalse();
    assertThat(result.permanent()).isFalse();
    assertThat(result.failedHandlers())
        .containsExactlyInAnyOrder("DispatchTestHandlers#aFails", "DispatchTestHandlers#bBinds");
    assertThat(result.failure()).isPresent();
    assertThat(handlers.failures).isEmpty();
    assertThat(listener.finished).isEmpty();
  }

  @Test
  void aRetryRunsOnlyTheNamedHandlersAndTheLastAttemptReportsOnce() {
    AttemptResult result =
        Fixtures.process(
            processor,
            issueOpened("retry"),
            new Attempt(2, Set.of("DispatchTestHandlers#aFails"), true));

    assertThat(handlers.order).containsExactly("aFails");
    assertThat(result.failedHandlers()).containsExactly("DispatchTestHandlers#aFails");
    assertThat(handlers.failures).hasSize(1);
    assertThat(handlers.failures.get(0).failures()).hasSize(1);
    assertThat(listener.finished).hasSize(1);
  }

  @Test
  void aPermanentFailureIsFinalOnAnyAttemptAndHandlersSeeTheAttemptNumber() {
    Delivery push =
        Fixtures.delivery(
            "comment-1", "issue_comment", "created", 1, Fixtures.bytes("issue_comment.created"));
    AttemptResult result = Fixtures.process(processor, push, new Attempt(3, Set.of(), false));

    assertThat(result.permanent()).isTrue();
    assertThat(handlers.order).contains("dPermanent:attempt 3");
    assertThat(handlers.failures).hasSize(1);
    assertThat(listener.finished).hasSize(1);
  }
}
