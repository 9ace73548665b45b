package dev.botwright.internal.queue;

import static dev.botwright.internal.queue.TestRunner.delivery;
import static dev.botwright.internal.queue.TestRunner.failed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.PermanentFailure;
import dev.botwright.internal.dispatch.DeliveryProcessor.Attempt;
import dev.botwright.internal.dispatch.DeliveryProcessor.AttemptResult;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import dev.botwright.spi.DeliveryJournal.ReplayResult;
import dev.botwright.spi.DeliveryStorage;
import dev.botwright.spi.DeliveryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryStorage} does under the framework's {@link DeliveryRunner}: run in
 * memory, on the embedded journal and on Redis (framework/redis' tests), each by a subclass that
 * says how its storage is opened.
 */
public abstract class DeliveryStorageContract {

  protected final TestClock clock = new TestClock(1_700_000_000_000L);
  private final List<TestRunner> open = new ArrayList<>();

  /**
   * A storage with room for {@code capacity} waiting deliveries. Called again after the previous
   * one was closed, it opens the same storage again (a restart).
   */
  protected abstract DeliveryStorage storage(int capacity);

  /** The de-duplication store that goes with {@code storage}. */
  protected abstract DeliveryStore store(DeliveryStorage storage);

  /** Whether what was appended survives a restart. */
  protected abstract boolean durable();

  protected TestRunner runner(
      BiFunction<Delivery, Attempt, AttemptResult> handlers,
      Function<Delivery, Optional<String>> key,
      int maxAttempts,
      int capacity) {
    TestRunner runner =
        new TestRunner(storage(capacity), handlers, key, 4, TestRunner.retries(maxAttempts), clock);
    open.add(runner);
    return runner;
  }

  protected TestRunner runner(BiFunction<Delivery, Attempt, AttemptResult> handlers) {
    return runner(handlers, d -> Optional.empty(), 3, 1_000);
  }

  /** Closes {@code runner} after the test. */
  protected <T extends TestRunner> T track(T runner) {
    open.add(runner);
    return runner;
  }

  /** Closes {@code runner} and its storage, as a process stopping does. */
  protected void restart(TestRunner runner) {
    runner.close();
    open.remove(runner);
  }

  /** Closes every runner still open; a subclass' own {@code @AfterEach} may call it first. */
  @AfterEach
  protected void closeAll() {
    open.forEach(TestRunner::close);
    open.clear();
  }

  @Test
  void anAppendedDeliveryIsFoundAndListedAndRunsToDone() {
    TestRunner runner = runner((d, a) -> AttemptResult.SUCCEEDED);
    assertThat(runner.offer(delivery("a"))).isTrue();
    DeliveryRecord received = runner.find("a").orElseThrow();
    assertThat(received.state()).isEqualTo(DeliveryState.RECEIVED);
    assertThat(received.eventKey()).isEqualTo("issues.opened");
    assertThat(received.installationId()).isEqualTo(7);
    assertThat(received.attempts()).isZero();
    assertThat(runner.list(DeliveryState.RECEIVED, 10))
        .extracting(DeliveryRecord::id)
        .contains("a");

    runner.start();

    await().until(() -> runner.state("a") == DeliveryState.DONE);
    assertThat(runner.find("a").orElseThrow().attempts()).isEqualTo(1);
    assertThat(runner.list(DeliveryState.DONE, 10)).extracting(DeliveryRecord::id).contains("a");
    assertThat(runner.find("unknown")).isEmpty();
    assertThat(runner.ran).containsExactly("a#1[]");
    await().until(() -> runner.pending() == 0);
  }

  @Test
  void aFailedHandlerRunsAgainAloneAfterItsBackoff() {
    TestRunner runner =
        runner(
            (d, a) ->
                a.number() == 1
                    ? failed(d, "H#flaky", new IllegalStateException("GitHub said 502"))
                    : AttemptResult.SUCCEEDED);
    runner.start();
    long start = clock.millis();
    runner.offer(delivery("r"));

    await().until(() -> runner.state("r") == DeliveryState.FAILED);
    DeliveryRecord failed = runner.find("r").orElseThrow();
    // Jitter source 1.0: the whole initial backoff of 10 s.
    assertThat(failed.nextAttemptAt()).isEqualTo(Instant.ofEpochMilli(start + 10_000));
    assertThat(failed.errors())
        .containsExactly("H#flaky: java.lang.IllegalStateException: GitHub said 502");
    clock.advance(9_000);
    assertThat(runner.state("r")).isEqualTo(DeliveryState.FAILED);
    clock.advance(1_000);
    await().until(() -> runner.state("r") == DeliveryState.DONE);
    assertThat(runner.ran).containsExactly("r#1[]", "r#2[H#flaky]");
    assertThat(runner.find("r").orElseThrow().attempts()).isEqualTo(2);
  }

  @Test
  void outOfAttemptsIsDeadWithEveryErrorAndAReplayRunsItAgain() {
    TestRunner runner =
        runner(
            (d, a) ->
                a.number() <= 2
                    ? failed(d, "H#h", new IllegalStateException("try " + a.number()))
                    : AttemptResult.SUCCEEDED,
            d -> Optional.empty(),
            2,
            1_000);
    runner.start();
    runner.offer(delivery("o"));
    await().until(() -> runner.state("o") == DeliveryState.FAILED);
    clock.advance(60_000);
    await().until(() -> runner.state("o") == DeliveryState.DEAD);

    assertThat(runner.find("o").orElseThrow().errors())
        .containsExactly(
            "H#h: java.lang.IllegalStateException: try 1",
            "H#h: java.lang.IllegalStateException: try 2");
    assertThat(runner.list(DeliveryState.DEAD, 10)).extracting(DeliveryRecord::id).contains("o");
    assertThat(runner.replay("o")).isEqualTo(ReplayResult.QUEUED);
    await().until(() -> runner.ran.size() == 3);
    assertThat(runner.ran.get(2)).as("fresh attempts, every handler").isEqualTo("o#1[]");
    assertThat(runner.replay("missing")).isEqualTo(ReplayResult.NOT_FOUND);
  }

  @Test
  void aPermanentFailureIsDeadAtOnce() {
    TestRunner runner = runner((d, a) -> failed(d, "H#h", new PermanentFailure("gone")));
    runner.start();
    runner.offer(delivery("p"));
    await().until(() -> runner.state("p") == DeliveryState.DEAD);
    assertThat(runner.find("p").orElseThrow().errors())
        .containsExactly("H#h: dev.botwright.PermanentFailure: gone");
    assertThat(runner.find("p").orElseThrow().nextAttemptAt()).isNull();
    assertThat(runner.ran).containsExactly("p#1[]");
  }

  @Test
  void deliveriesWithTheSameKeyRunOneAtATimeInArrivalOrder() {
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    TestRunner runner =
        runner(
            (d, a) -> {
              order.add("start " + d.id());
              if (d.id().equals("k1")) {
                waitFor(firstMayEnd);
              }
              order.add("end " + d.id());
              return AttemptResult.SUCCEEDED;
            },
            d -> d.id().startsWith("k") ? Optional.of("repo:octo/hello") : Optional.empty(),
            3,
            1_000);
    runner.start();
    runner.offer(delivery("k1"));
    await().until(() -> order.contains("start k1"));
    runner.offer(delivery("k2"));
    runner.offer(delivery("free"));

    await().until(() -> order.contains("end free"));
    assertThat(order).as("a free worker did not take k2 while k1 ran").doesNotContain("start k2");
    firstMayEnd.countDown();
    await().until(() -> order.contains("end k2"));
    assertThat(order.indexOf("end k1")).isLessThan(order.indexOf("start k2"));
  }

  @Test
  void aFullStorageRefusesAndRecordsNothing() {
    TestRunner runner = runner((d, a) -> AttemptResult.SUCCEEDED, d -> Optional.empty(), 3, 1);
    // Not started: the first delivery waits and fills the storage.
    assertThat(runner.offer(delivery("first"))).isTrue();
    assertThat(runner.offer(delivery("refused"))).isFalse();
    assertThat(runner.find("refused")).isEmpty();
    runner.start();
    await().until(() -> runner.state("first") == DeliveryState.DONE);
    await().until(() -> runner.offer(delivery("later")));
  }

  @Test
  void deliveryIdsAreRecordedOnceAndCanBeForgotten() {
    TestRunner runner = runner((d, a) -> AttemptResult.SUCCEEDED);
    DeliveryStore store = store(runner.storage);
    Duration window = Duration.ofHours(1);
    assertThat(store.recordIfNew("x", window)).isTrue();
    assertThat(runner.offer(delivery("x"))).isTrue();
    assertThat(store.recordIfNew("x", window)).as("a redelivery").isFalse();
    assertThat(store.recordIfNew("y", window)).isTrue();
    store.forget("y");
    assertThat(store.recordIfNew("y", window)).as("intake failed: free again").isTrue();
  }

  @Test
  void whatWasAppendedResumesAfterARestartWhereTheStorageIsDurable() {
    TestRunner first = runner((d, a) -> AttemptResult.SUCCEEDED);
    // Not started: the deliveries are stored but never run, as if the process died after the 202.
    assertThat(first.offer(delivery("a"))).isTrue();
    assertThat(first.offer(delivery("b"))).isTrue();
    restart(first);

    TestRunner second = runner((d, a) -> AttemptResult.SUCCEEDED);
    second.start();
    if (durable()) {
      await().until(() -> second.state("a") == DeliveryState.DONE);
      await().until(() -> second.state("b") == DeliveryState.DONE);
      assertThat(second.ran).containsExactlyInAnyOrder("a#1[]", "b#1[]");
      assertThat(store(second.storage).recordIfNew("a", Duration.ofHours(1))).isFalse();
    } else {
      assertThat(second.find("a")).isEmpty();
      assertThat(second.pending()).isZero();
    }
  }

  @Test
  void aDeliveryIsReadBackWithItsPayloadWhileWaitingAndOnceDead() {
    TestRunner runner = runner((d, a) -> failed(d, "H#h", new PermanentFailure("gone")));
    Delivery sent = delivery("payload", 9);
    runner.offer(sent);

    Delivery waiting = runner.storage.delivery("payload").orElseThrow();
    assertThat(waiting.body()).isEqualTo(sent.body());
    assertThat(waiting.eventKey()).isEqualTo(sent.eventKey());
    assertThat(waiting.installationId()).isEqualTo(9);
    assertThat(waiting.headers()).isEqualTo(sent.headers());
    assertThat(waiting.receivedAt()).isEqualTo(sent.receivedAt());

    runner.start();
    await().until(() -> runner.state("payload") == DeliveryState.DEAD);
    assertThat(runner.storage.delivery("payload").orElseThrow().body()).isEqualTo(sent.body());
    assertThat(runner.storage.delivery("unknown")).isEmpty();
  }

  @Test
  void aReplayLeavesAPendingDeliveryAlone() {
    TestRunner runner = runner((d, a) -> AttemptResult.SUCCEEDED);
    runner.offer(delivery("waiting"));
    assertThat(runner.replay("waiting")).isEqualTo(ReplayResult.ALREADY_PENDING);
    runner.start();
    await().until(() -> runner.state("waiting") == DeliveryState.DONE);
    assertThat(runner.ran).containsExactly("waiting#1[]");
  }

  protected static void waitFor(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
