package dev.botwright.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.DeliveryFailure;
import dev.botwright.internal.dispatch.DeliveryProcessor.Attempt;
import dev.botwright.internal.dispatch.DeliveryProcessor.AttemptResult;
import dev.botwright.internal.queue.RetryPolicy;
import dev.botwright.internal.queue.TestRunner;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import dev.botwright.spi.DeliveryJournal.ReplayResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What only the Redis storage does under the runner: several processes on one stream, take-over of
 * a crashed consumer's entries, ordering across processes. The common contract is {@link
 * RedisStorageTest}.
 */
class RedisStreamTest {

  /** Three attempts, 100 ms before the second (with jitter: 50-100 ms), 400 ms at most. */
  static final RetryPolicy RETRIES =
      new RetryPolicy(
          3,
          Duration.ofMillis(100),
          Duration.ofMillis(400),
          () -> ThreadLocalRandom.current().nextDouble());

  @RegisterExtension static final SharedRedis SERVER = new SharedRedis();
  private final List<AutoCloseable> closing = new CopyOnWriteArrayList<>();
  private RedisConfiguration config;

  @BeforeEach
  void prefix(org.junit.jupiter.api.TestInfo info) {
    config = SERVER.config(info, "");
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
  }

  @Test
  void offeredDeliveryRunsOnceWithItsBodyAndIsDone() {
    Recorder recorder = new Recorder((d, a) -> AttemptResult.SUCCEEDED);
    TestRunner queue = queue(recorder);

    assertThat(queue.offer(delivery("d-1"))).isTrue();

    await().until(() -> queue.find("d-1").map(r -> r.state() == DeliveryState.DONE).orElse(false));
    assertThat(recorder.runs).hasSize(1);
    Run run = recorder.runs.get(0);
    assertThat(new String(run.delivery.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"n\":\"d-1\"}");
    assertThat(run.delivery.action()).isEqualTo("opened");
    assertThat(run.delivery.headers()).containsEntry("X-GitHub-Event", "issues");
    assertThat(run.attempt.number()).isEqualTo(1);
    assertThat(queue.find("d-1").orElseThrow().attempts()).isEqualTo(1);
    assertThat(pendingEntries()).isZero();
  }

  @Test
  void failedHandlersAloneRetryWithBackoffUntilDead() {
    Recorder recorder =
        new Recorder(
            (d, a) ->
                new AttemptResult(
                    Set.of("Bot#flaky"),
                    false,
                    Optional.of(
                        new DeliveryFailure(
                            d.id(),
                            d.event(),
                            d.action(),
                            java.util.OptionalLong.of(7),
                            List.of(
                                new DeliveryFailure.HandlerFailure(
                                    "Bot#flaky",
                                    new IllegalStateException("boom " + a.number())))))));
    TestRunner queue = queue(recorder);

    queue.offer(delivery("d-2"));

    await().until(() -> queue.find("d-2").map(r -> r.state() == DeliveryState.DEAD).orElse(false));
    assertThat(recorder.runs).extracting(r -> r.attempt.number()).containsExactly(1, 2, 3);
    assertThat(recorder.runs.get(0).attempt.handlers()).isEmpty();
    assertThat(recorder.runs.get(1).attempt.handlers()).containsExactly("Bot#flaky");
    assertThat(recorder.runs).extracting(r -> r.attempt.last()).containsExactly(false, false, true);
    // Backoff 100 ms then 200 ms: the third attempt starts at least 300 ms after the first.
    assertThat(Duration.between(recorder.runs.get(0).at, recorder.runs.get(2).at))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    var record = queue.find("d-2").orElseThrow();
    assertThat(record.errors())
        .containsExactly(
            "Bot#flaky: java.lang.IllegalStateException: boom 1",
            "Bot#flaky: java.lang.IllegalStateException: boom 2",
            "Bot#flaky: java.lang.IllegalStateException: boom 3");
    assertThat(queue.list(DeliveryState.DEAD, 10)).extracting(r -> r.id()).containsExactly("d-2");
  }

  @Test
  void permanentFailureIsDeadAtOnceAndReplayRunsItAgain() {
    Recorder recorder =
        new Recorder(
            (d, a) ->
                a.number() == 1 && firstRun()
                    ? new AttemptResult(Set.of("Bot#h"), true, Optional.empty())
                    : AttemptResult.SUCCEEDED);
    TestRunner queue = queue(recorder);
    queue.offer(delivery("d-3"));
    await().until(() -> queue.find("d-3").map(r -> r.state() == DeliveryState.DEAD).orElse(false));
    assertThat(recorder.runs).hasSize(1);

    assertThat(queue.replay("d-3")).isEqualTo(ReplayResult.QUEUED);

    await().until(() -> queue.find("d-3").map(r -> r.state() == DeliveryState.DONE).orElse(false));
    assertThat(recorder.runs).hasSize(2);
    assertThat(recorder.runs.get(1).attempt.number()).isEqualTo(1);
    assertThat(new String(recorder.runs.get(1).delivery.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"n\":\"d-3\"}");
    assertThat(queue.replay("nope")).isEqualTo(ReplayResult.NOT_FOUND);
    assertThat(queue.list(DeliveryState.DONE, 10)).extracting(r -> r.id()).containsExactly("d-3");
    assertThat(queue.list(DeliveryState.DEAD, 10)).isEmpty();
  }

  private int deliveriesSeen;

  /** Whether this is the first run the test's processor sees (the replay's is not). */
  private boolean firstRun() {
    return ++deliveriesSeen == 1;
  }

  @Test
  void entryOfACrashedConsumerIsTakenOverAfterTheClaimTimeout() throws Exception {
    CountDownLatch stuck = new CountDownLatch(1);
    Redis crashing = Connect.process(config);
    TestRunner first =
        runner(
            crashing,
            new Recorder(
                (d, a) -> {
                  try {
                    stuck.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return AttemptResult.SUCCEEDED;
                }),
            1,
            d -> Optional.empty());
    first.start();
    first.offer(delivery("d-4"));
    await().until(() -> first.pending() == 1);
    // The process dies: its connections go, its handler never returns, nothing is acknowledged.
    crashing.close();

    Recorder recorder = new Recorder((d, a) -> AttemptResult.SUCCEEDED);
    TestRunner second = queue(recorder);

    await().atMost(Duration.ofSeconds(10)).until(() -> recorder.runs.size() == 1);
    assertThat(recorder.runs.get(0).delivery.id()).isEqualTo("d-4");
    assertThat(recorder.runs.get(0).attempt.number()).isEqualTo(2);
    await().until(() -> second.find("d-4").map(r -> r.state() == DeliveryState.DONE).orElse(false));
    stuck.countDown();
    first.close();
  }

  @Test
  void orderingKeyRunsDeliveriesOfOneKeyOneAtATime() {
    java.util.concurrent.atomic.AtomicInteger inside =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most =
        new java.util.concurrent.atomic.AtomicInteger();
    Recorder ordered =
        new Recorder(
            (d, a) -> {
              most.accumulateAndGet(inside.incrementAndGet(), Math::max);
              try {
                Thread.sleep(30);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              inside.decrementAndGet();
              return AttemptResult.SUCCEEDED;
            });
    TestRunner one = queue(ordered, d -> Optional.of("repo:octo/hello"));
    TestRunner two = queue(ordered, d -> Optional.of("repo:octo/hello"));
    for (int i = 0; i < 6; i++) {
      (i % 2 == 0 ? one : two).offer(delivery("o-" + i));
    }
    await().until(() -> one.list(DeliveryState.DONE, 10).size() == 6);
    assertThat(most.get()).isEqualTo(1);
  }

  private long pendingEntries() {
    Redis redis = Connect.process(config);
    try {
      return redis.call(
          "count pending",
          c -> c.xpending(config.getKeyPrefix() + "stream", StreamReader.GROUP).getCount());
    } finally {
      redis.close();
    }
  }

  private TestRunner queue(Recorder recorder) {
    return queue(recorder, d -> Optional.empty());
  }

  private TestRunner queue(Recorder recorder, Function<Delivery, Optional<String>> key) {
    Redis redis = Connect.process(config);
    TestRunner queue = runner(redis, recorder, 4, key);
    closing.add(0, redis::close);
    closing.add(0, queue::close);
    queue.start();
    return queue;
  }

  /** A process's runner over Redis, not started. */
  static TestRunner runner(
      Redis redis, Recorder recorder, int workers, Function<Delivery, Optional<String>> key) {
    return new TestRunner(
        new RedisStorage(redis, Clock.systemUTC()),
        recorder,
        key,
        workers,
        RETRIES,
        Clock.systemUTC());
  }

  static Delivery delivery(String id) {
    return new Delivery(
        id,
        "issues",
        "opened",
        7,
        Map.of("X-GitHub-Event", "issues"),
        ("{\"n\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8),
        Instant.now());
  }

  record Run(Delivery delivery, Attempt attempt, Instant at) {}

  /** Handlers that record every attempt. */
  static class Recorder implements BiFunction<Delivery, Attempt, AttemptResult> {
    final List<Run> runs = new CopyOnWriteArrayList<>();
    private final BiFunction<Delivery, Attempt, AttemptResult> outcome;

    Recorder(BiFunction<Delivery, Attempt, AttemptResult> outcome) {
      this.outcome = outcome;
    }

    @Override
    public AttemptResult apply(Delivery delivery, Attempt attempt) {
      runs.add(new Run(delivery, attempt, Instant.now()));
      return outcome.apply(delivery, attempt);
    }
  }
}
