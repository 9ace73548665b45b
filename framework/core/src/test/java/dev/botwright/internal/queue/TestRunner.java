package dev.botwright.internal.queue;

import dev.botwright.DeliveryFailure;
import dev.botwright.PermanentFailure;
import dev.botwright.internal.dispatch.DeliveryPlan;
import dev.botwright.internal.dispatch.DeliveryProcessor;
import dev.botwright.internal.dispatch.DeliveryProcessor.Attempt;
import dev.botwright.internal.dispatch.DeliveryProcessor.AttemptResult;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import dev.botwright.spi.DeliveryJournal.ReplayResult;
import dev.botwright.spi.DeliveryStorage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A storage under the real {@link DeliveryRunner}, with handlers given as a function: what the
 * storages' tests (core's and Redis') drive. Intake's plan is the {@code key} function's ordering
 * key; {@link #ran} lists {@code id#attempt[handlers]} of every attempt.
 */
public class TestRunner implements AutoCloseable {

  /** The backoff of every test: 10 s doubled per failure, up to 10 min, jitter source 1.0. */
  public static RetryPolicy retries(int maxAttempts) {
    return new RetryPolicy(maxAttempts, Duration.ofSeconds(10), Duration.ofMinutes(10), () -> 1.0);
  }

  public final DeliveryStorage storage;
  public final DeliveryRunner runner;
  public final List<String> ran;
  private final Function<Delivery, Optional<String>> key;

  public TestRunner(
      DeliveryStorage storage,
      BiFunction<Delivery, Attempt, AttemptResult> handlers,
      Function<Delivery, Optional<String>> key,
      int workers,
      RetryPolicy retries,
      Clock clock) {
    this(storage, handlers, key, workers, false, Duration.ofSeconds(5), retries, clock);
  }

  public TestRunner(
      DeliveryStorage storage,
      BiFunction<Delivery, Attempt, AttemptResult> handlers,
      Function<Delivery, Optional<String>> key,
      int workers,
      boolean virtualThreads,
      Duration shutdownTimeout,
      RetryPolicy retries,
      Clock clock) {
    this.storage = storage;
    this.key = key;
    this.ran = Collections.synchronizedList(new ArrayList<>());
    DeliveryProcessor processor =
        new DeliveryProcessor() {
          @Override
          public Optional<DeliveryPlan> plan(Delivery delivery) {
            return Optional.of(DeliveryPlan.ordered(key.apply(delivery)));
          }

          @Override
          public AttemptResult process(Delivery delivery, DeliveryPlan plan, Attempt attempt) {
            ran.add(delivery.id() + "#" + attempt.number() + attempt.handlers());
            return handlers.apply(delivery, attempt);
          }
        };
    this.runner =
        new DeliveryRunner(
            storage, processor, workers, virtualThreads, shutdownTimeout, retries, clock);
  }

  /** What intake does once the delivery is verified and new. */
  public boolean offer(Delivery delivery) {
    return runner.offer(delivery, DeliveryPlan.ordered(key.apply(delivery)));
  }

  public void start() {
    runner.start();
  }

  public Optional<DeliveryRecord> find(String id) {
    return storage.find(id);
  }

  /** The state of {@code id}, or null when unknown. */
  public DeliveryState state(String id) {
    return storage.find(id).map(DeliveryRecord::state).orElse(null);
  }

  public List<DeliveryRecord> list(DeliveryState state, int limit) {
    return storage.list(state, limit);
  }

  public ReplayResult replay(String id) {
    return storage.replay(id);
  }

  public int pending() {
    return runner.pending();
  }

  @Override
  public void close() {
    runner.close();
  }

  /** A small issues.opened delivery of installation 7 whose body names {@code id}. */
  public static Delivery delivery(String id) {
    return delivery(id, 7);
  }

  /** A small issues.opened delivery of {@code installation}. */
  public static Delivery delivery(String id, long installation) {
    return new Delivery(
        id,
        "issues",
        "opened",
        installation,
        Map.of("X-GitHub-Event", "issues"),
        ("{\"n\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8),
        Instant.ofEpochMilli(1_700_000_000_000L));
  }

  /** {@code handler} of {@code d} threw {@code error} (permanent if a {@link PermanentFailure}). */
  public static AttemptResult failed(Delivery d, String handler, RuntimeException error) {
    return new AttemptResult(
        Set.of(handler),
        error instanceof PermanentFailure,
        Optional.of(
            new DeliveryFailure(
                d.id(),
                d.event(),
                d.action(),
                OptionalLong.of(d.installationId()),
                List.of(new DeliveryFailure.HandlerFailure(handler, error)))));
  }
}
