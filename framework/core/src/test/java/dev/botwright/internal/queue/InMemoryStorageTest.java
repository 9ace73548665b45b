package dev.botwright.internal.queue;

import static dev.botwright.internal.queue.TestRunner.delivery;
import static dev.botwright.internal.queue.TestRunner.failed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.PermanentFailure;
import dev.botwright.internal.dispatch.DeliveryProcessor.Attempt;
import dev.botwright.internal.dispatch.DeliveryProcessor.AttemptResult;
import dev.botwright.internal.dispatch.LogCapture;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryJournal;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import dev.botwright.spi.DeliveryJournal.ReplayResult;
import dev.botwright.spi.DeliveryStorage;
import dev.botwright.spi.DeliveryStore;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The contract in memory, and what only the in-memory storage does. */
class InMemoryStorageTest extends DeliveryStorageContract {

  private final InMemoryDeliveryStore store = new InMemoryDeliveryStore();

  @Override
  protected DeliveryStorage storage(int capacity) {
    return new InMemoryStorage(clock, capacity, Long.MAX_VALUE, Duration.ofSeconds(5));
  }

  @Override
  protected DeliveryStore store(DeliveryStorage storage) {
    return store;
  }

  @Override
  protected boolean durable() {
    return false;
  }

  private TestRunner oneWorker(
      BiFunction<Delivery, Attempt, AttemptResult> handlers,
      int capacity,
      long maxBytes,
      boolean virtual,
      Duration shutdownTimeout) {
    return new TestRunner(
        new InMemoryStorage(clock, capacity, maxBytes, shutdownTimeout),
        handlers,
        d -> Optional.empty(),
        1,
        virtual,
        shutdownTimeout,
        TestRunner.retries(3),
        clock);
  }

  @Test
  void anotherInstallationWaitsAtMostOneRoundBehindANoisyOne() throws Exception {
    List<String> processed = new CopyOnWriteArrayList<>();
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (TestRunner runner =
        oneWorker(
            (d, a) -> {
              firstStarted.countDown();
              waitFor(release);
              processed.add(d.id());
              return AttemptResult.SUCCEEDED;
            },
            1_000,
            Long.MAX_VALUE,
            false,
            Duration.ofSeconds(5))) {
      runner.start();
      for (int i = 0; i < 100; i++) {
        assertThat(runner.offer(delivery("a-" + i, 1))).isTrue();
        if (i == 0) {
          assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        }
      }
      assertThat(runner.offer(delivery("b-0", 2))).isTrue();
      assertThat(runner.pending()).isEqualTo(101);
      release.countDown();

      await().atMost(Duration.ofSeconds(10)).until(() -> processed.size() == 101);
      assertThat(processed.indexOf("b-0")).isBetween(0, 2);
      assertThat(processed.stream().filter(id -> id.startsWith("a-")).toList())
          .as("one installation's deliveries stay in order")
          .isSortedAccordingTo(
              (x, y) ->
                  Integer.compare(
                      Integer.parseInt(x.substring(2)), Integer.parseInt(y.substring(2))));
      await().until(() -> runner.pending() == 0);
    }
  }

  @Test
  void aPayloadOverTheMemoryBudgetIsRefusedUnlessNothingWaits() {
    try (TestRunner runner =
        oneWorker((d, a) -> AttemptResult.SUCCEEDED, 10, 20, false, Duration.ofSeconds(5))) {
      // Each body is 11 bytes or more: the first always fits, the second not beside it.
      assertThat(runner.offer(delivery("first"))).isTrue();
      assertThat(runner.offer(delivery("second"))).isFalse();
      assertThat(runner.pending()).isEqualTo(1);
    }
  }

  @Test
  void deadDeliveriesAreKeptForReplayButOnlyTheNewestOnes() {
    // max-remembered 16 keeps 2 dead deliveries (an eighth): a storm of failures cannot fill
    // the heap with dead entries and their error messages.
    assertThat(LocalStorage.maxDead(16)).isEqualTo(2);
    try (TestRunner runner =
        new TestRunner(
            new InMemoryStorage(clock, 100, Long.MAX_VALUE, 16, Duration.ofSeconds(5)),
            (d, a) ->
                d.id().startsWith("dead")
                    ? failed(d, "H#h", new PermanentFailure("gone " + d.id()))
                    : AttemptResult.SUCCEEDED,
            d -> Optional.empty(),
            1,
            false,
            Duration.ofSeconds(5),
            TestRunner.retries(1),
            clock)) {
      runner.start();
      for (int i = 1; i <= 5; i++) {
        String id = "dead-" + i;
        runner.offer(delivery(id));
        await().until(() -> runner.state(id) == DeliveryState.DEAD);
      }
      for (int i = 1; i <= 3; i++) {
        assertThat(runner.find("dead-" + i)).as("dead-" + i).isEmpty();
      }
      assertThat(runner.find("dead-5").orElseThrow().errors())
          .containsExactly("H#h: dev.botwright.PermanentFailure: gone dead-5");

      // A replayed dead delivery that dies again is remembered by its new death, not its old.
      assertThat(runner.replay("dead-4")).isEqualTo(ReplayResult.QUEUED);
      await()
          .until(
              () ->
                  runner.ran.stream().filter(r -> r.startsWith("dead-4#")).count() == 2
                      && runner.state("dead-4") == DeliveryState.DEAD);
      runner.offer(delivery("dead-6"));
      await().until(() -> runner.state("dead-6") == DeliveryState.DEAD);
      assertThat(runner.find("dead-5")).isEmpty();
      assertThat(runner.find("dead-4")).isPresent();
      assertThat(runner.find("dead-6")).isPresent();
    }
  }

  @Test
  void aWorkerSurvivesAProcessorThatThrows() {
    List<String> processed = new CopyOnWriteArrayList<>();
    try (TestRunner runner =
        oneWorker(
            (d, a) -> {
              processed.add(d.id());
              throw new IllegalStateException("boom");
            },
            10,
            Long.MAX_VALUE,
            false,
            Duration.ofSeconds(5))) {
      runner.start();
      runner.offer(delivery("one", 1));
      runner.offer(delivery("two", 1));
      await().atMost(Duration.ofSeconds(5)).until(() -> processed.size() == 2);
      await().atMost(Duration.ofSeconds(5)).until(() -> runner.pending() == 0);
    }
  }

  @Test
  void closeFinishesAcceptedDeliveriesAndRefusesNewOnes() {
    List<String> processed = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    TestRunner runner =
        oneWorker(
            (d, a) -> {
              waitFor(release);
              processed.add(d.id());
              return AttemptResult.SUCCEEDED;
            },
            10,
            Long.MAX_VALUE,
            false,
            Duration.ofSeconds(10));
    runner.start();
    for (int i = 0; i < 5; i++) {
      runner.offer(delivery("d-" + i, i % 2));
    }
    new Thread(release::countDown).start();
    runner.close();

    assertThat(processed).containsExactlyInAnyOrder("d-0", "d-1", "d-2", "d-3", "d-4");
    assertThat(runner.offer(delivery("after-close", 1))).isFalse();
    assertThat(runner.pending()).isZero();
  }

  @Test
  void closeGivesUpAfterItsTimeoutAndSaysHowManyWereLeft() {
    CountDownLatch never = new CountDownLatch(1);
    TestRunner runner =
        oneWorker(
            (d, a) -> {
              waitFor(never);
              return AttemptResult.SUCCEEDED;
            },
            10,
            Long.MAX_VALUE,
            false,
            Duration.ofMillis(200));
    runner.start();
    runner.offer(delivery("stuck", 1));
    runner.offer(delivery("queued", 1));
    LogCapture log = LogCapture.attach();
    try {
      runner.close();
    } finally {
      log.detach();
      never.countDown();
    }
    assertThat(log.events())
        .anySatisfy(
            e ->
                assertThat(e.getFormattedMessage())
                    .startsWith(
                        "Dispatch stopped after PT0.2S with 2 accepted deliveries unfinished"));
  }

  @Test
  void virtualThreadsFallBackToPlatformThreadsBeforeJava21() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    List<Thread> threads = new CopyOnWriteArrayList<>();
    try (TestRunner runner =
        oneWorker(
            (d, a) -> {
              threads.add(Thread.currentThread());
              ran.countDown();
              return AttemptResult.SUCCEEDED;
            },
            10,
            Long.MAX_VALUE,
            true,
            Duration.ofSeconds(5))) {
      runner.start();
      runner.offer(delivery("v", 1));
      assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(threads.get(0).getName()).startsWith("botwright-dispatch-");
    }
  }

  @Test
  void theApplicationContextRunsItWithoutAJournalAndClosesIt() {
    DeliveryRunner runner;
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "botwright.test.fake-event-clients",
                "true",
                "botwright.journal.enabled",
                "false"))) {
      assertThat(context.getBean(DeliveryStorage.class)).isInstanceOf(InMemoryStorage.class);
      assertThat(context.findBean(DeliveryJournal.class)).as("no journal to show").isEmpty();
      runner = context.getBean(DeliveryRunner.class);
      assertThat(
              runner.offer(delivery("open", 1), dev.botwright.internal.dispatch.DeliveryPlan.NONE))
          .isTrue();
    }
    assertThat(
            runner.offer(delivery("closed", 1), dev.botwright.internal.dispatch.DeliveryPlan.NONE))
        .isFalse();
  }
}
