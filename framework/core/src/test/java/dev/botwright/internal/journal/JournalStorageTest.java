package dev.botwright.internal.journal;

import static dev.botwright.internal.queue.TestRunner.delivery;
import static dev.botwright.internal.queue.TestRunner.failed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.botwright.PermanentFailure;
import dev.botwright.config.DispatchConfiguration;
import dev.botwright.config.JournalConfiguration;
import dev.botwright.internal.dispatch.DeliveryProcessor.Attempt;
import dev.botwright.internal.dispatch.DeliveryProcessor.AttemptResult;
import dev.botwright.internal.dispatch.LogCapture;
import dev.botwright.internal.queue.DeliveryStorageContract;
import dev.botwright.internal.queue.TestRunner;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import dev.botwright.spi.DeliveryJournal.ReplayResult;
import dev.botwright.spi.DeliveryStorage;
import dev.botwright.spi.DeliveryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded journal, and what only the journal does. */
class JournalStorageTest extends DeliveryStorageContract {

  @TempDir Path dir;
  private final List<String> ran = Collections.synchronizedList(new ArrayList<>());
  private long queueMaxBytes = DispatchConfiguration.DEFAULT_QUEUE_MAX_BYTES;
  private Path journalDir;
  private int maxRemembered = JournalConfiguration.DEFAULT_MAX_REMEMBERED;
  private Duration compactionInterval = JournalConfiguration.DEFAULT_COMPACTION_INTERVAL;

  @Override
  protected DeliveryStorage storage(int capacity) {
    JournalConfiguration journal = new JournalConfiguration();
    journal.setDir((journalDir == null ? dir : journalDir).toString());
    journal.setSegmentBytes(4096);
    journal.setMaxRemembered(maxRemembered);
    journal.setCompactionInterval(compactionInterval);
    DispatchConfiguration dispatch = new DispatchConfiguration();
    dispatch.setQueueCapacity(capacity);
    dispatch.setQueueMaxBytes(queueMaxBytes);
    return new JournalStorage(journal, dispatch, clock);
  }

  @Override
  protected DeliveryStore store(DeliveryStorage storage) {
    return (JournalStorage) storage;
  }

  @Override
  protected boolean durable() {
    return true;
  }

  /** The journal under a runner, with the journal's own methods at hand. */
  private final class Queue extends TestRunner {
    final JournalStorage journal;

    Queue(
        JournalStorage journal,
        BiFunction<Delivery, Attempt, AttemptResult> process,
        Function<Delivery, Optional<String>> key,
        int maxAttempts) {
      super(journal, process, key, 4, TestRunner.retries(maxAttempts), clock);
      this.journal = journal;
    }

    boolean recordIfNew(String id, Duration window) {
      return journal.recordIfNew(id, window);
    }

    void forget(String id) {
      journal.forget(id);
    }

    void compact() throws IOException {
      journal.compact();
    }

    void compactIfLarge() {
      journal.compactIfLarge();
    }

    long diskBytes() throws IOException {
      return journal.diskBytes();
    }

    long batches() {
      return journal.batches();
    }
  }

  private Queue queue(BiFunction<Delivery, Attempt, AttemptResult> process) {
    return queue(process, d -> Optional.empty(), 3);
  }

  private Queue queue(
      BiFunction<Delivery, Attempt, AttemptResult> process,
      Function<Delivery, Optional<String>> key,
      int maxAttempts) {
    BiFunction<Delivery, Attempt, AttemptResult> recorded =
        (d, a) -> {
          ran.add(d.id() + "#" + a.number() + a.handlers());
          return process.apply(d, a);
        };
    return track(new Queue((JournalStorage) storage(1_000), recorded, key, maxAttempts));
  }

  private void reopen(Queue queue) {
    restart(queue);
  }

  @Test
  void aTornTailIsCutAndWhatCameBeforeResumes() throws Exception {
    Queue first = queue((d, a) -> AttemptResult.SUCCEEDED);
    // Not started: the deliveries are on disk but never run, as if the process died after the 202.
    assertThat(first.offer(delivery("a"))).isTrue();
    assertThat(first.offer(delivery("b"))).isTrue();
    reopen(first);
    Path segment;
    try (Stream<Path> files = Files.list(dir)) {
      segment = files.filter(f -> f.toString().endsWith(".log")).sorted().reduce((x, y) -> y).get();
    }
    long valid = Files.size(segment);
    Files.write(segment, new byte[] {0, 0, 0, 40, 1, 2, 3}, StandardOpenOption.APPEND);

    Queue second = queue((d, a) -> AttemptResult.SUCCEEDED);
    assertThat(Files.size(segment)).isEqualTo(valid);
    assertThat(second.find("a").orElseThrow().state()).isEqualTo(DeliveryState.RECEIVED);
    second.start();
    await().until(() -> second.find("b").orElseThrow().state() == DeliveryState.DONE);
    assertThat(second.find("a").orElseThrow().state()).isEqualTo(DeliveryState.DONE);
    assertThat(ran).containsExactlyInAnyOrder("a#1[]", "b#1[]");
  }

  @Test
  void concurrentOffersShareWritesAndAllSurvive() throws Exception {
    Queue queue = queue((d, a) -> AttemptResult.SUCCEEDED);
    int offers = 200;
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      CountDownLatch go = new CountDownLatch(1);
      for (int i = 0; i < offers; i++) {
        String id = "d" + i;
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return queue.offer(delivery(id));
                }));
      }
      go.countDown();
      for (Future<Boolean> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(queue.batches()).isLessThan(offers);
    reopen(queue);
    Queue reopened = queue((d, a) -> AttemptResult.SUCCEEDED);
    for (int i = 0; i < offers; i++) {
      assertThat(reopened.find("d" + i)).isPresent();
    }
  }

  @Test
  void idsAreRememberedAcrossRestarts() {
    Queue first = queue((d, a) -> AttemptResult.SUCCEEDED);
    assertThat(first.recordIfNew("x", Duration.ofHours(1))).isTrue();
    first.offer(delivery("x"));
    assertThat(first.recordIfNew("y", Duration.ofHours(1))).isTrue();
    first.forget("y");
    reopen(first);
    Queue second = queue((d, a) -> AttemptResult.SUCCEEDED);
    assertThat(second.recordIfNew("x", Duration.ofHours(1))).isFalse();
    assertThat(second.recordIfNew("y", Duration.ofHours(1))).isTrue();
  }

  @Test
  void anErrorOutOfAHandlerNeitherKillsAWorkerNorLosesTheDelivery() {
    // Four workers; five deliveries whose processing runs out of memory would have killed them all.
    Queue queue =
        queue(
            (d, a) -> {
              if (d.id().startsWith("oom")) {
                throw new OutOfMemoryError("Java heap space");
              }
              return AttemptResult.SUCCEEDED;
            });
    queue.start();
    for (int i = 0; i < 5; i++) {
      queue.offer(delivery("oom-" + i));
    }
    await().until(() -> ran.size() == 5);
    queue.offer(delivery("ok"));

    await().until(() -> queue.find("ok").orElseThrow().state() == DeliveryState.DONE);
    // The others stay as the journal last recorded them, for the next start.
    assertThat(queue.find("oom-0").orElseThrow().state()).isEqualTo(DeliveryState.RUNNING);
  }

  @Test
  void shutdownLeavesWaitingDeliveriesForTheNextStart() {
    CountDownLatch release = new CountDownLatch(1);
    Queue first =
        queue(
            (d, a) -> {
              waitFor(release);
              return AttemptResult.SUCCEEDED;
            },
            d -> Optional.of("one-at-a-time"),
            3);
    first.start();
    first.offer(delivery("s1"));
    first.offer(delivery("s2"));
    await().until(() -> ran.size() == 1);
    new Thread(
            () -> {
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              release.countDown();
            })
        .start();
    reopen(first);
    assertThat(first.offer(delivery("late"))).isFalse();
    Queue second = queue((d, a) -> AttemptResult.SUCCEEDED);
    assertThat(second.find("s1").orElseThrow().state()).isEqualTo(DeliveryState.DONE);
    assertThat(second.find("s2").orElseThrow().state()).isEqualTo(DeliveryState.RECEIVED);
    second.start();
    await().until(() -> second.find("s2").orElseThrow().state() == DeliveryState.DONE);
  }

  @Test
  void payloadsOverTheMemoryBoundWaitOnDiskInsteadOfBeingRefused() {
    queueMaxBytes = 40;
    CountDownLatch release = new CountDownLatch(1);
    List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    Queue queue =
        queue(
            (d, a) -> {
              waitFor(release);
              bodies.add(new String(d.body(), StandardCharsets.UTF_8));
              return AttemptResult.SUCCEEDED;
            },
            d -> Optional.of("one-at-a-time"),
            3);
    queue.start();

    // Each body is 13 bytes: the first waits in memory, the rest only on disk.
    for (int i = 1; i <= 8; i++) {
      assertThat(queue.offer(delivery("big-" + i))).as("offer %d", i).isTrue();
    }
    release.countDown();

    await()
        .until(
            () ->
                java.util.stream.IntStream.rangeClosed(1, 8)
                    .allMatch(
                        i -> queue.find("big-" + i).orElseThrow().state() == DeliveryState.DONE));
    assertThat(bodies)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(i -> "{\"n\":\"big-" + i + "\"}")
                .toList());
  }

  @Test
  void onlyTheBotsUserMayReadTheJournal() throws Exception {
    // A directory the bot creates, with the usual umask, and one that exists with wide access.
    journalDir = dir.resolve("new/journal");
    queue((d, a) -> AttemptResult.SUCCEEDED).offer(delivery("private"));
    Path existing = java.nio.file.Files.createDirectories(dir.resolve("existing"));
    java.nio.file.Files.setPosixFilePermissions(
        existing, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    journalDir = existing;
    queue((d, a) -> AttemptResult.SUCCEEDED).offer(delivery("private"));

    for (Path journal : List.of(dir.resolve("new/journal"), existing)) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  java.nio.file.Files.getPosixFilePermissions(journal)))
          .as("permissions of %s", journal)
          .isEqualTo("rwx------");
    }
  }

  @Test
  void onlyTheNewestFinishedDeliveriesAreRememberedAcrossRestartsAndCompaction() throws Exception {
    maxRemembered = 3;
    Queue first = queue((d, a) -> AttemptResult.SUCCEEDED);
    first.start();
    for (int i = 1; i <= 5; i++) {
      assertThat(first.recordIfNew("r" + i, Duration.ofDays(1))).isTrue();
      first.offer(delivery("r" + i));
      int n = i;
      await()
          .until(() -> first.find("r" + n).map(r -> r.state() == DeliveryState.DONE).orElse(true));
    }

    assertThat(first.find("r1")).isEmpty();
    assertThat(first.find("r2")).isEmpty();
    assertThat(first.find("r5")).isPresent();
    reopen(first);

    Queue second = queue((d, a) -> AttemptResult.SUCCEEDED);
    assertThat(java.util.stream.Stream.of("r1", "r2", "r3", "r4", "r5"))
        .filteredOn(id -> second.find(id).isPresent())
        .containsExactly("r3", "r4", "r5");
    second.compact();
    reopen(second);

    Queue third = queue((d, a) -> AttemptResult.SUCCEEDED);
    assertThat(third.recordIfNew("r5", Duration.ofDays(1))).as("remembered: a duplicate").isFalse();
    assertThat(third.recordIfNew("r1", Duration.ofDays(1))).as("forgotten").isTrue();
  }

  @Test
  void aJournalThatGrewBySeveralSegmentsIsCompactedWithoutWaitingForTheInterval() throws Exception {
    Queue queue = queue((d, a) -> AttemptResult.SUCCEEDED);
    queue.start();
    offerKilobyteDeliveriesAndAwaitDone(queue, "grow", 30);
    long grown = queue.diskBytes();
    assertThat(grown).as("30 KB of payloads in 4 KB segments").isGreaterThan(2 * 4096);

    queue.compactIfLarge();
    long compacted = queue.diskBytes();
    assertThat(compacted).as("finished payloads dropped").isLessThan(grown / 3);

    queue.compactIfLarge();
    assertThat(queue.diskBytes()).as("small again: nothing to do").isEqualTo(compacted);
  }

  @Test
  void aCleanShutdownLeavesTheNextStartOnlyWhatItNeeds() throws Exception {
    Queue first = queue((d, a) -> AttemptResult.SUCCEEDED);
    first.start();
    offerKilobyteDeliveriesAndAwaitDone(first, "bye", 6);
    assertThat(first.diskBytes()).isGreaterThan(6_000);

    reopen(first);

    Queue second = queue((d, a) -> AttemptResult.SUCCEEDED);
    assertThat(second.diskBytes()).as("finished payloads dropped at shutdown").isLessThan(3_000);
    assertThat(second.recordIfNew("bye-3", Duration.ofDays(1))).as("still remembered").isFalse();
  }

  /** Offers {@code count} deliveries with 1 KB bodies, ids {@code prefix-0...}, and waits. */
  private static void offerKilobyteDeliveriesAndAwaitDone(Queue queue, String prefix, int count) {
    byte[] body = ("{\"pad\":\"" + "x".repeat(1000) + "\"}").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < count; i++) {
      Delivery small = delivery(prefix + "-" + i);
      queue.offer(
          new Delivery(
              small.id(),
              small.event(),
              small.action(),
              small.installationId(),
              small.headers(),
              body,
              small.receivedAt()));
    }
    await()
        .until(
            () ->
                java.util.stream.IntStream.range(0, count)
                    .allMatch(
                        i ->
                            queue.find(prefix + "-" + i).orElseThrow().state()
                                == DeliveryState.DONE));
  }

  @Test
  void aSecondQueueOnTheSameDirectoryIsRefused() {
    queue((d, a) -> AttemptResult.SUCCEEDED);
    assertThatThrownBy(() -> queue((d, a) -> AttemptResult.SUCCEEDED))
        .isInstanceOf(JournalLockedException.class)
        .hasMessageContaining("is in use by another bot process")
        .hasMessageContaining("BOTWRIGHT_JOURNAL_DIR");
  }

  @Test
  void aStopDuringACompactionLetsItFinishQuietlyAndLosesNothing() throws Exception {
    compactionInterval = Duration.ofMillis(1); // compactions back to back
    Queue queue = queue((d, a) -> AttemptResult.SUCCEEDED);
    queue.start();
    for (int i = 0; i < 3000; i++) {
      queue.offer(delivery("s" + i));
    }
    await().until(() -> queue.list(DeliveryState.DONE, 5000).size() == 3000);
    LogCapture logs = LogCapture.attach();
    try {
      reopen(queue);
    } finally {
      logs.detach();
    }

    assertThat(logs.events())
        .filteredOn(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
        .as("a stop is not a compaction failure")
        .isEmpty();
    compactionInterval = JournalConfiguration.DEFAULT_COMPACTION_INTERVAL;
    Queue reopened = queue((d, a) -> AttemptResult.SUCCEEDED);
    assertThat(reopened.list(DeliveryState.DONE, 5000)).hasSize(3000);
  }

  @Test
  void compactionDropsFinishedPayloadsAndExpiredIds() throws Exception {
    Queue queue = queue((d, a) -> AttemptResult.SUCCEEDED);
    queue.start();
    for (int i = 0; i < 100; i++) {
      queue.offer(delivery("c" + i));
    }
    await().until(() -> queue.list(DeliveryState.DONE, 1000).size() == 100);
    long before = queue.diskBytes();
    queue.compact();
    long afterSummaries = queue.diskBytes();
    assertThat(afterSummaries).isLessThan(before);
    assertThat(queue.recordIfNew("c5", Duration.ofHours(1))).isFalse();
    clock.advance(Duration.ofDays(5).toMillis());
    queue.compact();
    assertThat(queue.diskBytes()).isLessThan(afterSummaries);
    assertThat(queue.find("c5")).isEmpty();
    reopen(queue);
    Queue reopened = queue((d, a) -> AttemptResult.SUCCEEDED);
    assertThat(reopened.find("c5")).isEmpty();
  }

  @Test
  void compactionKeepsThePayloadsOfDeadAndRetryingDeliveriesWholeAndOnlyThose() throws Exception {
    List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    Queue queue =
        queue(
            (d, a) -> {
              bodies.add(new String(d.body(), StandardCharsets.UTF_8));
              return switch (d.id()) {
                case "dead" -> failed(d, "H#h", new PermanentFailure("gone"));
                case "retrying" -> failed(d, "H#h", new IllegalStateException("later"));
                default -> AttemptResult.SUCCEEDED;
              };
            });
    queue.start();
    for (String id : List.of("done", "dead", "retrying")) {
      queue.offer(delivery(id));
    }
    await().until(() -> queue.find("retrying").orElseThrow().state() == DeliveryState.FAILED);
    await().until(() -> queue.find("dead").orElseThrow().state() == DeliveryState.DEAD);
    await().until(() -> queue.find("done").orElseThrow().state() == DeliveryState.DONE);
    queue.compact();

    assertThat(queue.replay("done")).isEqualTo(ReplayResult.NOT_FOUND);
    assertThat(queue.replay("dead")).isEqualTo(ReplayResult.QUEUED);
    await().until(() -> bodies.size() == 4);
    assertThat(bodies.get(3)).isEqualTo("{\"n\":\"dead\"}");

    reopen(queue);
    bodies.clear();
    Queue reopened =
        queue(
            (d, a) -> {
              bodies.add(new String(d.body(), StandardCharsets.UTF_8));
              return AttemptResult.SUCCEEDED;
            });
    clock.advance(Duration.ofMinutes(1).toMillis());
    reopened.start();
    await().until(() -> reopened.find("retrying").orElseThrow().state() == DeliveryState.DONE);
    assertThat(bodies).containsExactly("{\"n\":\"retrying\"}");
  }
}
