package dev.botwright.internal.journal;

import dev.botwright.config.JournalConfiguration;
import dev.botwright.internal.queue.LocalIndex;
import dev.botwright.internal.queue.WorkerThreads;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the journal small: on its interval, and early when the segments grew by more than a segment
 * since the last run, drops the payloads of finished deliveries and everything past retention, on
 * disk and in the index.
 */
final class JournalCompaction {

  private static final Logger LOG = LoggerFactory.getLogger(JournalCompaction.class);

  /** How often the journal's size is checked between timed compactions. */
  private static final long SIZE_CHECK_MILLIS = 2_000;

  /** Segments written since the last compaction that trigger one early. */
  private static final int COMPACT_AFTER_SEGMENTS = 1;

  private final JournalLog log;
  private final Map<String, LocalIndex.Entry> index;
  private final JournalConfiguration journal;
  private final Clock clock;
  // Created by start(); stop() may run without a start (a failed start-up).
  private @Nullable ScheduledExecutorService executor;

  /** Bytes on disk right after the last compaction. */
  private volatile long afterLastCompaction;

  JournalCompaction(
      JournalLog log,
      Map<String, LocalIndex.Entry> index,
      JournalConfiguration journal,
      Clock clock) {
    this.log = log;
    this.index = index;
    this.journal = journal;
    this.clock = clock;
  }

  synchronized void start() {
    long every = journal.getCompactionInterval().toMillis();
    executor =
        Executors.newSingleThreadScheduledExecutor(
            WorkerThreads.factory("botwright-journal-compaction-", false));
    executor.scheduleWithFixedDelay(this::compactQuietly, every, every, TimeUnit.MILLISECONDS);
    long check = Math.min(every, SIZE_CHECK_MILLIS);
    executor.scheduleWithFixedDelay(this::compactIfLarge, check, check, TimeUnit.MILLISECONDS);
  }

  /**
   * Under heavy traffic the interval alone would let finished payloads pile up on disk (and make
   * the next start read them all): compact as soon as the segments hold more than {@value
   * #COMPACT_AFTER_SEGMENTS} segment's worth beyond what the last compaction left.
   */
  void compactIfLarge() {
    try {
      long bytes = log.diskBytes();
      if (bytes > afterLastCompaction + COMPACT_AFTER_SEGMENTS * journal.getSegmentBytes()) {
        compactQuietly();
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("Could not measure the journal's size", e);
    }
  }

  /** Drops payloads of finished deliveries and everything past retention, on disk and here. */
  void compact() throws IOException {
    long cutoff = clock.millis() - journal.getRetention().toMillis();
    index.values().removeIf(e -> e.state != null && !e.live() && e.updatedAt < cutoff);
    log.compact(
        (received, latest) -> {
          if (latest == null || !isFinal(latest.state())) {
            return Compactor.Keep.ALL;
          }
          if (latest.updatedAt() < cutoff || !index.containsKey(received.id())) {
            return Compactor.Keep.DROP;
          }
          return latest.state() == DeliveryState.DEAD ? Compactor.Keep.ALL : Compactor.Keep.SUMMARY;
        },
        moved ->
            moved.forEach(
                (id, where) -> {
                  LocalIndex.Entry entry = index.get(id);
                  if (entry != null
                      && entry.where instanceof Location location
                      && location.segment() <= where.segment()) {
                    entry.where = where;
                  }
                }));
  }

  private static boolean isFinal(DeliveryState state) {
    return state == DeliveryState.DONE || state == DeliveryState.DEAD;
  }

  void compactQuietly() {
    try {
      compact();
      afterLastCompaction = log.diskBytes();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Compaction of the delivery journal failed; trying again later", e);
    }
  }

  /**
   * Stops the schedule, letting a running compaction finish (a segment takes well under a second)
   * rather than interrupting it half-way, which only wasted its work and logged a failure.
   *
   * @return whether no compaction runs any more
   */
  synchronized boolean stop() {
    if (executor == null) {
      return true;
    }
    executor.shutdown();
    try {
      if (executor.awaitTermination(5, TimeUnit.SECONDS)) {
        return true;
      }
      executor.shutdownNow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
    }
    return false;
  }
}
