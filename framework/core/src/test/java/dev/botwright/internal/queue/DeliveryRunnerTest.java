package dev.botwright.internal.queue;

import static dev.botwright.internal.queue.TestRunner.delivery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.internal.dispatch.DeliveryPlan;
import dev.botwright.internal.dispatch.DeliveryProcessor;
import dev.botwright.spi.Delivery;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The runner's side of the hot path: intake's plan is the one look-up of a delivery's handlers. */
class DeliveryRunnerTest {

  private final TestClock clock = new TestClock(1_700_000_000_000L);
  private final AtomicInteger planned = new AtomicInteger();
  private final List<DeliveryPlan> ran = new CopyOnWriteArrayList<>();
  private final DeliveryProcessor processor =
      new DeliveryProcessor() {
        @Override
        public Optional<DeliveryPlan> plan(Delivery delivery) {
          planned.incrementAndGet();
          return Optional.of(DeliveryPlan.ordered(Optional.of("repo:octo/hello")));
        }

        @Override
        public AttemptResult process(Delivery delivery, DeliveryPlan plan, Attempt attempt) {
          ran.add(plan);
          return attempt.number() == 1
              ? TestRunner.failed(delivery, "H#h", new IllegalStateException("once"))
              : AttemptResult.SUCCEEDED;
        }
      };

  @Test
  void intakesPlanServesEveryAttemptWithoutAnotherLookUp() {
    DeliveryRunner runner =
        new DeliveryRunner(
            new InMemoryStorage(clock, 10, Long.MAX_VALUE, Duration.ofSeconds(5)),
            processor,
            2,
            false,
            Duration.ofSeconds(5),
            TestRunner.retries(3),
            clock);
    try {
      runner.start();
      DeliveryPlan plan = DeliveryPlan.ordered(Optional.of("repo:octo/hello"));
      assertThat(runner.offer(delivery("p"), plan)).isTrue();
      await().until(() -> ran.size() == 1);
      clock.advance(60_000);
      await().until(() -> ran.size() == 2);

      assertThat(ran).containsOnly(plan);
      assertThat(planned).as("the processor was never asked again").hasValue(0);
    } finally {
      runner.close();
    }
  }
}
