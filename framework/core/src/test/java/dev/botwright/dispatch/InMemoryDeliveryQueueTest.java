package dev.botwright.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryQueue;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryDeliveryQueueTest {

  private static Delivery delivery(String id, long installation) {
    return Fixtures.delivery(id, "issues", "opened", installation, new byte[] {'{', '}'});
  }

  @Test
  void anotherInstallationWaitsAtMostOneRoundBehindANoisyOne() throws Exception {
    List<String> processed = new CopyOnWriteArrayList<>();
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    InMemoryDeliveryQueue queue =
        new InMemoryDeliveryQueue(
            d -> {
              firstStarted.countDown();
              waitFor(release);
              processed.add(d.id());
            },
            1_000,
            1,
            false,
            Duration.ofSeconds(5));
    try {
      for (int i = 0; i < 100; i++) {
        assertThat(queue.offer(delivery("a-" + i, 1))).isTrue();
        if (i == 0) {
          assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        }
      }
      assertThat(queue.offer(delivery("b-0", 2))).isTrue();
      assertThat(queue.pending()).isEqualTo(101);
      release.countDown();

      await().atMost(Duration.ofSeconds(10)).until(() -> processed.size() == 101);
      assertThat(processed.indexOf("b-0")).isBetween(0, 2);
      assertThat(processed.stream().filter(id -> id.startsWith("a-")).toList())
          .as("one installation's deliveries stay in order")
          .isSortedAccordingTo(
              (x, y) ->
                  Integer.compare(
                      Integer.parseInt(x.substring(2)), Integer.parseInt(y.substring(2))));
      assertThat(queue.pending()).isZero();
    } finally {
      queue.close();
    }
  }

  @Test
  void refusesBeyondCapacityAndAcceptsAgainOnceDrained() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    InMemoryDeliveryQueue queue =
        new InMemoryDeliveryQueue(
            d -> {
              started.countDown();
              waitFor(release);
            },
            2,
            1,
            false,
            Duration.ofSeconds(5));
    try {
      assertThat(queue.offer(delivery("running", 1))).isTrue();
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(queue.offer(delivery("waiting-1", 1))).isTrue();
      assertThat(queue.offer(delivery("waiting-2", 2))).isTrue();
      assertThat(queue.offer(delivery("refused", 3))).isFalse();
      assertThat(queue.pending()).isEqualTo(3);

      release.countDown();
      await().atMost(Duration.ofSeconds(5)).until(() -> queue.pending() == 0);
      assertThat(queue.offer(delivery("later", 3))).isTrue();
    } finally {
      queue.close();
    }
  }

  @Test
  void aWorkerSurvivesAProcessorThatThrows() {
    List<String> processed = new CopyOnWriteArrayList<>();
    InMemoryDeliveryQueue queue =
        new InMemoryDeliveryQueue(
            d -> {
              processed.add(d.id());
              throw new IllegalStateException("boom");
            },
            10,
            1,
            false,
            Duration.ofSeconds(5));
    try {
      queue.offer(delivery("one", 1));
      queue.offer(delivery("two", 1));
      await().atMost(Duration.ofSeconds(5)).until(() -> processed.size() == 2);
      await().atMost(Duration.ofSeconds(5)).until(() -> queue.pending() == 0);
    } finally {
      queue.close();
    }
  }

  @Test
  void closeFinishesAcceptedDeliveriesAndRefusesNewOnes() {
    List<String> processed = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    InMemoryDeliveryQueue queue =
        new InMemoryDeliveryQueue(
            d -> {
              waitFor(release);
              processed.add(d.id());
            },
            10,
            2,
            false,
            Duration.ofSeconds(10));
    for (int i = 0; i < 5; i++) {
      queue.offer(delivery("d-" + i, i % 2));
    }
    new Thread(release::countDown).start();
    queue.close();

    assertThat(processed).containsExactlyInAnyOrder("d-0", "d-1", "d-2", "d-3", "d-4");
    assertThat(queue.offer(delivery("after-close", 1))).isFalse();
    assertThat(queue.pending()).isZero();
  }

  @Test
  void closeGivesUpAfterItsTimeoutAndSaysHowManyWereLeft() {
    CountDownLatch never = new CountDownLatch(1);
    InMemoryDeliveryQueue queue =
        new InMemoryDeliveryQueue(d -> waitFor(never), 10, 1, false, Duration.ofMillis(200));
    queue.offer(delivery("stuck", 1));
    queue.offer(delivery("queued", 1));
    LogCapture log = LogCapture.attach();
    try {
      queue.close();
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
    InMemoryDeliveryQueue queue =
        new InMemoryDeliveryQueue(
            d -> {
              threads.add(Thread.currentThread());
              ran.countDown();
            },
            10,
            1,
            true,
            Duration.ofSeconds(5));
    try {
      queue.offer(delivery("v", 1));
      assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(threads.get(0).getName()).startsWith("botwright-dispatch-");
    } finally {
      queue.close();
    }
  }

  @Test
  void closingTheApplicationContextClosesTheQueue() {
    DeliveryQueue queue;
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("botwright.test.fake-event-clients", "true"))) {
      queue = context.getBean(DeliveryQueue.class);
      assertThat(queue).isInstanceOf(InMemoryDeliveryQueue.class);
      assertThat(queue.offer(delivery("open", 1))).isTrue();
    }
    assertThat(queue.offer(delivery("closed", 1))).isFalse();
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
