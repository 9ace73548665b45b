package dev.botwright.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryQueue.Attempt;
import dev.botwright.spi.DeliveryQueue.AttemptResult;
import dev.botwright.spi.DeliveryQueue.DeliveryProcessor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** With the journal off, the in-memory queue retries the same way, without a disk. */
class InMemoryRetryTest {

  private final AtomicLong now = new AtomicLong(1_000_000);

  @Test
  void aFailedHandlerRunsAgainAfterItsBackoff() {
    List<Attempt> attempts = new CopyOnWriteArrayList<>();
    DeliveryProcessor processor =
        new DeliveryProcessor() {
          @Override
          public void process(Delivery delivery) {}

          @Override
          public AttemptResult process(Delivery delivery, Attempt attempt) {
            attempts.add(attempt);
            return attempt.number() == 1
                ? new AttemptResult(Set.of("H#h"), false, Optional.empty())
                : AttemptResult.SUCCEEDED;
          }
        };
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return Instant.ofEpochMilli(now.get());
          }
        };
    InMemoryDeliveryQueue queue =
        new InMemoryDeliveryQueue(
            processor,
            10,
            Long.MAX_VALUE,
            1,
            false,
            Duration.ofSeconds(1),
            new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1), () -> 0.0),
            clock);
    try {
      queue.offer(
          new Delivery("m", "issues", "opened", 1, Map.of(), new byte[] {'{', '}'}, Instant.now()));
      await().until(() -> attempts.size() == 1 && queue.pending() == 1);
      now.addAndGet(4_000);
      assertThat(attempts).hasSize(1);
      // Jitter source 0.0: half the initial backoff, 5 s.
      now.addAndGet(1_000);
      await().until(() -> attempts.size() == 2);
      assertThat(attempts.get(1)).isEqualTo(new Attempt(2, Set.of("H#h"), false));
      await().until(() -> queue.pending() == 0);
    } finally {
      queue.close();
    }
  }
}
