package dev.botwright.internal.journal;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.config.JournalConfiguration;
import dev.botwright.internal.queue.LocalIndex;
import dev.botwright.internal.queue.LocalStorage;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryStorage;
import dev.botwright.spi.DeliveryStore;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default storage and store: every accepted delivery is appended to the {@link JournalLog}
 * before {@link #append} returns (so the 202 follows durability), each state change is appended as
 * it happens without waiting for the disk, and on start every unfinished delivery resumes. Delivery
 * ids stay known for the retention, across restarts, for de-duplication.
 */
@Singleton
@Requires(missingBeans = DeliveryStorage.class)
@Requires(property = "botwright.journal.enabled", value = "true", defaultValue = "true")
public final class JournalStorage extends LocalStorage implements DeliveryStore {

  private static final Logger LOG = LoggerFactory.getLogger(JournalStorage.class);

  private final JournalLog log;
  private final JournalCompaction compaction;
  private boolean closed;

  @Inject
  JournalStorage(JournalConfiguration journal, DispatchConfiguration dispatch) {
    this(journal, dispatch, Clock.systemUTC());
  }

  /** A journal in {@code journal.path()}, scheduled with {@code clock} (tests). */
  public JournalStorage(JournalConfiguration journal, DispatchConfiguration dispatch, Clock clock) {
    super(
        clock,
        dispatch.getQueueCapacity(),
        dispatch.getQueueMaxBytes(),
        journal.getMaxRemembered(),
        false);
    try {
      this.log =
          JournalLog.open(
              journal.path(), journal.getSegmentBytes(), journal.isFsync(), this::replayed);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not open the delivery journal in "
              + journal.path().toAbsolutePath()
              + ": "
              + e.getMessage()
              + ". Check that the directory (botwright.journal.dir, BOTWRIGHT_JOURNAL_DIR) is"
              + " writable.",
          e);
    }
    this.compaction = new JournalCompaction(log, index, journal, clock);
  }

  private void replayed(LogRecord record, Location location) {
    if (record instanceof LogRecord.Received r) {
      index
          .computeIfAbsent(r.id(), LocalIndex.Entry::new)
          .received(
              r.action() == null ? r.event() : r.event() + "." + r.action(),
              r.installationId(),
              r.receivedAt(),
              r.receivedAt(),
              r.body() == null ? null : location);
      return;
    }
    LocalIndex.Entry entry = index.get(record.id());
    if (entry != null) {
      LogRecord.State s = (LogRecord.State) record;
      entry.apply(
          s.state(), s.attempts(), s.updatedAt(), s.nextAttemptAt(), s.handlers(), s.errors());
      if (entry.state == DeliveryState.DONE) {
        remember(entry.id);
      } else if (entry.state == DeliveryState.DEAD) {
        rememberDead(entry);
      }
    }
  }

  @Override
  public int start(Runner runner) {
    int waiting = super.start(runner);
    compaction.start();
    return waiting;
  }

  @Override
  public boolean recordIfNew(String deliveryId, Duration window) {
    return index.putIfAbsent(deliveryId, new LocalIndex.Entry(deliveryId)) == null;
  }

  @Override
  public void forget(String deliveryId) {
    index.computeIfPresent(deliveryId, (id, entry) -> entry.state == null ? null : entry);
  }

  @Override
  protected Object writeReceived(Delivery delivery) {
    return log.append(
        new LogRecord.Received(
            delivery.id(),
            delivery.event(),
            delivery.action(),
            delivery.installationId(),
            delivery.headers(),
            delivery.body(),
            delivery.receivedAt().toEpochMilli()));
  }

  @Override
  protected void writeState(LocalIndex.Entry entry) {
    LogRecord.State state =
        new LogRecord.State(
            entry.id,
            // Claimed and finished deliveries only, which intake appended (state set).
            Objects.requireNonNull(entry.state),
            entry.attempts,
            entry.updatedAt,
            entry.nextAttemptAt,
            entry.handlers,
            entry.errors);
    // Not awaited: the received record is on disk, so if this one is lost in a crash the delivery
    // runs again (at least once, as documented), and no worker waits for a group commit.
    log.appendAsync(state)
        .whenComplete(
            (written, error) -> {
              if (error != null && !isStopping()) {
                LOG.warn(
                    "Delivery {} moved to {} but the journal could not record it ({});"
                        + " it runs again on the next start",
                    state.id(),
                    state.state(),
                    error.toString());
              }
            });
  }

  @Override
  protected @Nullable Delivery read(LocalIndex.Entry entry) {
    if (!(entry.where instanceof Location)) {
      return null;
    }
    // The location is read under the journal's read lock, not before it: a compaction running in
    // between moves the payload to another segment (and deletes the old one) and updates the
    // entry while no reader holds the lock.
    LogRecord.Received r =
        (LogRecord.Received)
            log.read(
                () ->
                    (Location)
                        Objects.requireNonNull(
                            entry.where, "a journaled delivery keeps its location"));
    if (r.body() == null) {
      return null;
    }
    return new Delivery(
        r.id(),
        r.event(),
        r.action(),
        r.installationId(),
        r.headers(),
        r.body(),
        Instant.ofEpochMilli(r.receivedAt()));
  }

  @Override
  protected boolean refusesOverBudget() {
    return false;
  }

  /** Compacts now (tests). */
  void compact() throws IOException {
    compaction.compact();
  }

  /** Checks the size and compacts if it grew by more than a segment (tests). */
  void compactIfLarge() {
    compaction.compactIfLarge();
  }

  /** Bytes of the journal's segment files. */
  long diskBytes() throws IOException {
    return log.diskBytes();
  }

  /** Batches the journal wrote. */
  long batches() {
    return log.batches();
  }

  /**
   * Stops compaction, leaves the next start only what it needs, and closes the journal; whatever
   * has not finished resumes on the next start.
   */
  @Override
  @PreDestroy
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stop();
    if (compaction.stop()) {
      // The next start reads the whole journal back: leave it only what it needs.
      compaction.compactQuietly();
    }
    log.close();
    int unfinished = pending();
    if (unfinished > 0) {
      LOG.info("Stopped with {} deliveries unfinished; they resume on the next start", unfinished);
    }
  }
}
