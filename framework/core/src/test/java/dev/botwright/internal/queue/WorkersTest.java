package dev.botwright.internal.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkersTest {

  private final RunQueue queue = new RunQueue(Clock.systemUTC(), true);

  private static Task task(int n) {
    return new Task("d-" + n, n, null, 0, null);
  }

  private void arrive(Workers<Task> workers, int n) {
    assertThat(queue.add(task(n), 1_000, Long.MAX_VALUE)).isTrue();
    workers.demand();
  }

  @Test
  void anIdleQueueHoldsNoThreads() {
    Workers<Task> workers = new Workers<>(queue, queue::finished, 32, false, Duration.ofSeconds(1));
    assertThat(workers.started()).isZero();
    assertThat(workers.stop()).isZero();
    assertThat(workers.started()).isZero();
  }

  @Test
  void aBurstOfBlockedHandlersGrowsThePoolUpToItsCountAndNoFurther() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    Workers<Task> workers = blockedWorkers(4, release, running);
    try {
      for (int i = 0; i < 10; i++) {
        arrive(workers, i);
      }
      await().atMost(Duration.ofSeconds(5)).until(() -> running.get() == 4);
      assertThat(workers.started()).isEqualTo(4);
      release.countDown();
      await().atMost(Duration.ofSeconds(5)).until(() -> running.get() == 10);
      assertThat(workers.started()).isEqualTo(4);
    } finally {
      release.countDown();
      assertThat(workers.stop()).isZero();
    }
  }

  @Test
  void oneAtATimeTrafficIsServedByOneThread() {
    AtomicInteger handled = new AtomicInteger();
    Workers<Task> workers =
        new Workers<>(
            queue,
            t -> {
              handled.incrementAndGet();
              queue.finished(t);
            },
            32,
            false,
            Duration.ofSeconds(5));
    try {
      for (int i = 0; i < 20; i++) {
        arrive(workers, i);
        int want = i + 1;
        await().atMost(Duration.ofSeconds(5)).until(() -> handled.get() == want);
        // the worker is idle again before the next arrival
        await().atMost(Duration.ofSeconds(5)).until(() -> workers.idle() == 1);
      }
      assertThat(workers.started()).isEqualTo(1);
    } finally {
      workers.stop();
    }
  }

  @Test
  void aBacklogFoundOnStartGetsAsManyWorkersAsItNeedsWithinTheCount() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      queue.addRecovered(task(i));
    }
    Workers<Task> workers = blockedWorkers(8, release, running);
    try {
      workers.startUpTo(queue.waiting());
      await().atMost(Duration.ofSeconds(5)).until(() -> running.get() == 3);
      assertThat(workers.started()).isEqualTo(3);
    } finally {
      release.countDown();
      workers.stop();
    }
  }

  /** Workers whose tasks count themselves as running and then block until {@code release}. */
  private Workers<Task> blockedWorkers(int count, CountDownLatch release, AtomicInteger running) {
    return new Workers<>(
        queue,
        t -> {
          running.incrementAndGet();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          queue.finished(t);
        },
        count,
        false,
        Duration.ofSeconds(5));
  }
}
