package dev.botwright.dispatch;

import dev.botwright.DeliveryFailure;
import dev.botwright.config.DispatchConfiguration;
import dev.botwright.config.JournalConfiguration;
import dev.botwright.journal.Compactor;
import dev.botwright.journal.JournalLog;
import dev.botwright.journal.LogRecord;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryJournal;
import dev.botwright.spi.DeliveryQueue;
import dev.botwright.spi.DeliveryStore;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default queue and store: every accepted delivery is appended to the {@link JournalLog} before
 * {@link #offer} returns (so the 202 follows durability), each state change is appended as it
 * happens, and on start every unfinished delivery resumes. Delivery ids stay known for the
 * retention, across restarts, for de-duplication.
 */
@Singleton
@Requires(missingBeans = DeliveryQueue.class)
@Requires(property = "botwright.journal.enabled", value = "true", defaultValue = "true")
final class JournalDeliveryQueue
    implements DeliveryQueue,
        DeliveryStore,
        DeliveryJournal,
        ApplicationEventListener<StartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(JournalDeliveryQueue.class);
  private static final int MAX_ERROR_CHARS = 1000;

  /** How often the journal's size is checked between timed compactions. */
  private static final long SIZE_CHECK_MILLIS = 2_000;

  /** Segments written since the last compaction that trigger one early. */
  private static final int COMPACT_AFTER_SEGMENTS = 1;

  /** Bytes on disk right after the last compaction. */
  private volatile long afterLastCompaction;

  private final JournalConfiguration journal;
  private final DispatchConfiguration dispatch;
  private final RetryPolicy retries;
  private final Clock clock;
  private final BeanProvider<DeliveryProcessor> processorProvider;
  private final Map<String, JournalIndex.Entry> index = new ConcurrentHashMap<>();

  /** Ids of finished deliveries, oldest first, so that the index stays within max-remembered. */
  private final java.util.Queue<String> finishedOrder =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private final java.util.concurrent.atomic.AtomicInteger finishedCount =
      new java.util.concurrent.atomic.AtomicInteger();
  private final RunQueue queue;
  private final JournalLog log;
  private volatile DeliveryProcessor processor;
  private volatile Workers workers;
  private ScheduledExecutorService compaction;
  private volatile boolean closing;

  @Inject
  JournalDeliveryQueue(
      BeanProvider<DeliveryProcessor> processor,
      JournalConfiguration journal,
      DispatchConfiguration dispatch) {
    this(processor, journal, dispatch, RetryPolicy.of(dispatch), Clock.systemUTC());
  }

  JournalDeliveryQueue(
      BeanProvider<DeliveryProcessor> processor,
      JournalConfiguration journal,
      DispatchConfiguration dispatch,
      RetryPolicy retries,
      Clock clock) {
    this.processorProvider = processor;
    this.journal = journal;
    this.dispatch = dispatch;
    this.retries = retries;
    this.clock = clock;
    this.queue = new RunQueue(clock, false);
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
  }

  private void replayed(LogRecord record, dev.botwright.journal.Location location) {
    if (record instanceof LogRecord.Received received) {
      index.computeIfAbsent(record.id(), JournalIndex.Entry::new).received(received, location);
    } else {
      JournalIndex.Entry entry = index.get(record.id());
      if (entry != null) {
        entry.apply((LogRecord.State) record);
        if (entry.state == DeliveryState.DONE) {
          remember(entry.id);
        }
      }
    }
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    start();
  }

  /** Starts the workers and compaction, and resumes the unfinished deliveries. */
  synchronized void start() {
    if (workers != null) {
      return;
    }
    List<JournalIndex.Entry> unfinished =
        index.values().stream()
            .filter(JournalIndex.Entry::live)
            .sorted(Comparator.comparingLong(e -> e.receivedAt))
            .toList();
    for (JournalIndex.Entry entry : unfinished) {
      Delivery delivery = load(entry);
      if (delivery == null) {
        continue;
      }
      entry.task = task(delivery, null);
      entry.task.dueMillis = entry.state == DeliveryState.FAILED ? entry.nextAttemptAt : 0;
      queue.addRecovered(entry.task);
    }
    if (!unfinished.isEmpty()) {
      LOG.info("Resuming {} unfinished deliveries from the journal", unfinished.size());
    }
    workers =
        new Workers(
            queue,
            this::run,
            dispatch.getWorkers(),
            dispatch.isVirtualThreads(),
            dispatch.getShutdownTimeout());
    workers.startUpTo(queue.waiting());
    long every = journal.getCompactionInterval().toMillis();
    compaction =
        Executors.newSingleThreadScheduledExecutor(
            WorkerThreads.factory("botwright-journal-compaction-", false));
    compaction.scheduleWithFixedDelay(this::compactQuietly, every, every, TimeUnit.MILLISECONDS);
    long check = Math.min(every, SIZE_CHECK_MILLIS);
    compaction.scheduleWithFixedDelay(this::compactIfLarge, check, check, TimeUnit.MILLISECONDS);
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

  private Task task(Delivery delivery, Delivery held) {
    String key = processor().orderingKey(delivery).orElse(null);
    long inMemory = held == null ? 0 : delivery.body().length;
    return new Task(delivery.id(), delivery.installationId(), key, inMemory, held);
  }

  private DeliveryProcessor processor() {
    DeliveryProcessor resolved = processor;
    if (resolved == null) {
      // Resolved late: the processor needs this bean as its DeliveryStore.
      resolved = processorProvider.get();
      processor = resolved;
    }
    return resolved;
  }

  @Override
  public boolean recordIfNew(String deliveryId, Duration window) {
    return index.putIfAbsent(deliveryId, new JournalIndex.Entry(deliveryId)) == null;
  }

  @Override
  public void forget(String deliveryId) {
    index.computeIfPresent(deliveryId, (id, entry) -> entry.state == null ? null : entry);
  }

  @Override
  public void recordOutcome(String deliveryId, DeliveryOutcome outcome) {
    // The journal records every state change itself.
  }

  @Override
  public boolean offer(Delivery delivery) {
    if (closing || !queue.hasRoom(0, dispatch.getQueueCapacity(), Long.MAX_VALUE)) {
      return false;
    }
    // Over queue-max-bytes the payload is not refused but left on disk and read back when its
    // attempt starts: the journal bounds the backlog's memory, not its size.
    boolean held =
        queue.hasRoom(
            delivery.body().length, dispatch.getQueueCapacity(), dispatch.getQueueMaxBytes());
    LogRecord.Received record = received(delivery);
    dev.botwright.journal.Location location = log.append(record);
    JournalIndex.Entry entry = index.computeIfAbsent(delivery.id(), JournalIndex.Entry::new);
    synchronized (entry) {
      entry.received(record, location);
      entry.task = task(delivery, held ? delivery : null);
    }
    queue.addRecovered(entry.task);
    demand();
    return true;
  }

  private void demand() {
    Workers started = workers;
    if (started != null) {
      started.demand();
    }
  }

  @Override
  public int pending() {
    return queue.waiting() + queue.running();
  }

  private void run(Task task) {
    JournalIndex.Entry entry = index.get(task.id);
    try {
      Delivery delivery = task.delivery != null ? task.delivery : load(entry);
      Attempt attempt;
      synchronized (entry) {
        entry.attempts++;
        attempt = retries.attempt(entry.attempts, entry.handlers);
        log.append(entry.state(DeliveryState.RUNNING, clock.millis()));
        entry.state = DeliveryState.RUNNING;
      }
      AttemptResult result = processor().process(delivery, attempt);
      finish(task, entry, attempt, result);
    } catch (RuntimeException e) {
      // The journal closed under a handler (shutdown timeout) or could not be written: the
      // delivery stays as the journal last recorded it and resumes on the next start.
      LOG.warn("Delivery {} left for the next start: {}", task.id, e.toString());
      queue.abandoned(task);
    } catch (Error e) {
      // Out of memory reading a huge payload, say: this worker lives on for the other deliveries
      // (a dead one is never replaced), and this one resumes on the next start.
      LOG.error("Delivery {} left for the next start", task.id, e);
      queue.abandoned(task);
    }
  }

  private void finish(Task task, JournalIndex.Entry entry, Attempt attempt, AttemptResult result) {
    long now = clock.millis();
    synchronized (entry) {
      List<String> errors = new ArrayList<>(entry.errors);
      result.failure().map(DeliveryFailure::failures).orElse(List.of()).stream()
          .map(JournalDeliveryQueue::error)
          .forEach(errors::add);
      DeliveryState next;
      if (result.succeeded()) {
        next = DeliveryState.DONE;
      } else if (result.permanent() || attempt.last()) {
        next = DeliveryState.DEAD;
      } else {
        next = DeliveryState.FAILED;
      }
      LogRecord.State state =
          new LogRecord.State(
              entry.id,
              next,
              entry.attempts,
              now,
              next == DeliveryState.FAILED ? now + retries.backoff(attempt.number()).toMillis() : 0,
              next == DeliveryState.FAILED ? result.failedHandlers() : entry.handlers,
              errors);
      // Not awaited: the running record is already on disk, so if this one is lost in a crash
      // the delivery runs again as a later attempt (at least once, as documented), and the
      // worker need not wait for a group commit after every delivery.
      log.appendAsync(state)
          .whenComplete(
              (written, error) -> {
                if (error != null) {
                  LOG.warn(
                      "Delivery {} ended as {} but the journal could not record it ({});"
                          + " it runs again on the next start",
                      state.id(),
                      state.state(),
                      error.toString());
                }
              });
      entry.apply(state);
    }
    if (entry.state == DeliveryState.FAILED) {
      LOG.warn(
          "Delivery {} ({}): attempt {} failed in {}, retrying at {}",
          entry.id,
          entry.eventKey,
          attempt.number(),
          result.failedHandlers(),
          Instant.ofEpochMilli(entry.nextAttemptAt));
      queue.retry(task, entry.nextAttemptAt);
    } else {
      if (entry.state == DeliveryState.DEAD) {
        LOG.error(
            "Delivery {} ({}) is dead after {} attempts{}; replay it once the cause is fixed",
            entry.id,
            entry.eventKey,
            entry.attempts,
            result.permanent() ? " (permanent failure)" : "");
      }
      entry.task = null;
      queue.finished(task);
      if (entry.state == DeliveryState.DONE) {
        remember(entry.id);
      }
    }
  }

  /**
   * Remembers a finished delivery, forgetting the oldest finished ones beyond max-remembered (dead
   * deliveries are kept for replay; a delivery that runs again is not forgotten while it runs).
   */
  private void remember(String id) {
    finishedOrder.add(id);
    finishedCount.incrementAndGet();
    String oldest;
    while (finishedCount.get() > journal.getMaxRemembered()
        && (oldest = finishedOrder.poll()) != null) {
      finishedCount.decrementAndGet();
      index.computeIfPresent(
          oldest, (key, entry) -> entry.state == DeliveryState.DONE ? null : entry);
    }
  }

  private static String error(DeliveryFailure.HandlerFailure failure) {
    String text = failure.handler() + ": " + failure.error();
    return text.length() > MAX_ERROR_CHARS ? text.substring(0, MAX_ERROR_CHARS) : text;
  }

  /** The delivery as journaled, or null when its payload is no longer kept. */
  private Delivery load(JournalIndex.Entry entry) {
    if (entry.location == null) {
      return null;
    }
    LogRecord.Received r = (LogRecord.Received) log.read(() -> entry.location);
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
  public Optional<DeliveryRecord> find(String id) {
    JournalIndex.Entry entry = index.get(id);
    if (entry == null || entry.state == null) {
      return Optional.empty();
    }
    synchronized (entry) {
      return Optional.of(entry.record());
    }
  }

  @Override
  public List<DeliveryRecord> list(DeliveryState state, int limit) {
    return index.values().stream()
        .filter(e -> e.state == state)
        .sorted(Comparator.comparingLong((JournalIndex.Entry e) -> e.receivedAt).reversed())
        .limit(limit)
        .map(JournalIndex.Entry::record)
        .toList();
  }

  @Override
  public ReplayResult replay(String id) {
    JournalIndex.Entry entry = index.get(id);
    if (entry == null || entry.state == null) {
      return ReplayResult.NOT_FOUND;
    }
    synchronized (entry) {
      if (entry.live()) {
        return ReplayResult.ALREADY_PENDING;
      }
      Delivery delivery = load(entry);
      if (delivery == null) {
        return ReplayResult.NOT_FOUND;
      }
      LogRecord.Received record = received(delivery);
      entry.received(record, log.append(record));
      entry.updatedAt = clock.millis();
      entry.task = task(delivery, null);
      queue.addRecovered(entry.task);
    }
    demand();
    LOG.info("Delivery {} ({}) queued again by a replay", id, entry.eventKey);
    return ReplayResult.QUEUED;
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
                  JournalIndex.Entry entry = index.get(id);
                  if (entry != null
                      && entry.location != null
                      && entry.location.segment() <= where.segment()) {
                    entry.location = where;
                  }
                }));
  }

  private static boolean isFinal(DeliveryState state) {
    return state == DeliveryState.DONE || state == DeliveryState.DEAD;
  }

  private void compactQuietly() {
    try {
      compact();
      afterLastCompaction = log.diskBytes();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Compaction of the delivery journal failed; trying again later", e);
    }
  }

  /** Wakes the workers (tests move their clock, then call this). */
  void wake() {
    queue.wake();
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
   * Stops taking deliveries, lets running handlers finish within the shutdown timeout, and closes
   * the journal; whatever has not finished resumes on the next start.
   */
  @PreDestroy
  synchronized void close() {
    closing = true;
    boolean compactionStopped = true;
    if (compaction != null) {
      // Let a running compaction finish (a segment takes well under a second) rather than
      // interrupt it half-way, which only wasted its work and logged a failure at every stop.
      compaction.shutdown();
      try {
        compactionStopped = compaction.awaitTermination(5, TimeUnit.SECONDS);
        if (!compactionStopped) {
          compaction.shutdownNow();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        compaction.shutdownNow();
        compactionStopped = false;
      }
    }
    int unfinished = workers == null ? queue.waiting() : workers.stop();
    if (workers != null && compactionStopped) {
      // The next start reads the whole journal back: leave it only what it needs.
      compactQuietly();
    }
    log.close();
    if (unfinished > 0) {
      LOG.info("Stopped with {} deliveries unfinished; they resume on the next start", unfinished);
    }
  }

  /** Whether shutdown has begun. */
  boolean isClosing() {
    return closing;
  }

  private static LogRecord.Received received(Delivery delivery) {
    return new LogRecord.Received(
        delivery.id(),
        delivery.event(),
        delivery.action(),
        delivery.installationId(),
        delivery.headers(),
        delivery.body(),
        delivery.receivedAt().toEpochMilli());
  }
}
