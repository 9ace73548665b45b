package dev.botwright.internal.queue;

import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryStorage;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A storage whose work is scheduled in this process (in memory, or the embedded journal): an index
 * of deliveries by id and a {@link RunQueue} (per-installation fairness, retries due by time,
 * ordering by key). Subclasses say where records and payloads are written and read back.
 */
@Internal
public abstract class LocalStorage implements DeliveryStorage {

  private static final Logger LOG = LoggerFactory.getLogger(LocalStorage.class);

  protected final Clock clock;
  protected final Map<String, LocalIndex.Entry> index = new ConcurrentHashMap<>();
  private final int capacity;
  private final long maxBytes;
  private final int maxRemembered;
  private final RunQueue queue;

  /** Ids of finished deliveries, oldest first, so that the index stays within max-remembered. */
  private final Queue<String> finishedOrder = new ConcurrentLinkedQueue<>();

  private final AtomicInteger finishedCount = new AtomicInteger();

  /**
   * Dead deliveries, oldest first, each with the number of its death, so that they stay within
   * {@link #maxDead}: kept longer than finished ones, for replay, but not without end.
   */
  private final Queue<Dead> deadOrder = new ConcurrentLinkedQueue<>();

  private final AtomicInteger deadCount = new AtomicInteger();
  private final AtomicLong deaths = new AtomicLong();
  private final int maxDead;

  private record Dead(String id, long death) {}

  /** Set by {@link #start}; null before. */
  private volatile @Nullable Runner runner;

  private volatile boolean stopping;

  /**
   * @param capacity deliveries that may wait
   * @param maxBytes payload bytes that may wait in memory
   * @param maxRemembered finished deliveries remembered for {@link #find} and de-duplication
   * @param drainOnStop whether what was accepted is still handed out after {@link #stop}
   */
  protected LocalStorage(
      Clock clock, int capacity, long maxBytes, int maxRemembered, boolean drainOnStop) {
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "botwright.dispatch.queue-capacity (" + capacity + ") must be at least 1");
    }
    this.clock = clock;
    this.capacity = capacity;
    this.maxBytes = maxBytes;
    this.maxRemembered = maxRemembered;
    this.maxDead = maxDead(maxRemembered);
    this.queue = new RunQueue(clock, drainOnStop);
  }

  /** Records {@code delivery} as received (durably, if this storage is); returns {@code where}. */
  protected abstract Object writeReceived(Delivery delivery);

  /** Records the entry's current state; may complete later. Called holding the entry. */
  protected abstract void writeState(LocalIndex.Entry entry);

  /** The payload as written, or {@code null} when it is no longer kept. */
  protected abstract @Nullable Delivery read(LocalIndex.Entry entry);

  /** Whether a payload over the memory budget is refused (else read back when its turn comes). */
  protected abstract boolean refusesOverBudget();

  /** The entry just finished ({@code DONE} or {@code DEAD}). Called holding the entry. */
  protected void finished(LocalIndex.Entry entry) {}

  @Override
  public boolean append(Delivery delivery, Optional<String> orderingKey) {
    if (stopping || !queue.hasRoom(0, capacity, Long.MAX_VALUE)) {
      return false;
    }
    // Over queue-max-bytes the payload waits where it was written and is read back when its
    // attempt starts, if this storage can: it bounds the backlog's memory, not its size.
    boolean held = queue.hasRoom(delivery.body().length, capacity, maxBytes);
    if (!held && refusesOverBudget()) {
      return false;
    }
    Object where = writeReceived(delivery);
    LocalIndex.Entry entry = index.computeIfAbsent(delivery.id(), LocalIndex.Entry::new);
    Task task = task(delivery, orderingKey, held);
    synchronized (entry) {
      entry.received(delivery, delivery.receivedAt().toEpochMilli(), where);
      entry.task = task;
    }
    queue.addRecovered(task);
    return true;
  }

  private static Task task(Delivery delivery, Optional<String> key, boolean held) {
    return new Task(
        delivery.id(),
        delivery.installationId(),
        key.orElse(null),
        held ? delivery.body().length : 0,
        held ? delivery : null);
  }

  @Override
  public int start(Runner runner) {
    this.runner = runner;
    List<LocalIndex.Entry> unfinished =
        index.values().stream()
            .filter(e -> e.live() && e.task == null)
            .sorted(Comparator.comparingLong(e -> e.receivedAt))
            .toList();
    for (LocalIndex.Entry entry : unfinished) {
      Delivery delivery = read(entry);
      if (delivery != null) {
        synchronized (entry) {
          entry.task = task(delivery, runner.orderingKey(delivery), false);
          entry.task.dueMillis = entry.state == DeliveryState.FAILED ? entry.nextAttemptAt : 0;
          queue.addRecovered(entry.task);
        }
      }
    }
    if (!unfinished.isEmpty()) {
      LOG.info("Resuming {} unfinished deliveries from the journal", unfinished.size());
    }
    return queue.waiting();
  }

  @Override
  public @Nullable Claim claim() {
    while (true) {
      Task task = queue.take();
      if (task == null) {
        return null;
      }
      try {
        LocalIndex.Entry entry = entryOf(task);
        Delivery delivery = task.delivery != null ? task.delivery : read(entry);
        if (delivery == null) {
          throw new IllegalStateException("its payload is no longer kept");
        }
        synchronized (entry) {
          entry.attempts++;
          entry.state = DeliveryState.RUNNING;
          entry.updatedAt = clock.millis();
          // Not awaited: if this record is lost in a crash, the attempt runs again under the same
          // number, and no worker waits for a group commit before its handlers run.
          writeState(entry);
          return new Claim(delivery, entry.attempts, entry.handlers, task);
        }
      } catch (RuntimeException | Error e) {
        // Out of memory reading a huge payload, say, or the journal closed: the delivery stays as
        // last recorded and resumes on the next start.
        LOG.warn("Delivery {} left for the next start: {}", task.id, e.toString());
        queue.abandoned(task);
      }
    }
  }

  @Override
  public void record(Claim claim, Outcome outcome) {
    Task task = (Task) claim.handle();
    LocalIndex.Entry entry = entryOf(task);
    Instant nextAttemptAt = outcome.nextAttemptAt();
    long next = nextAttemptAt == null ? 0 : nextAttemptAt.toEpochMilli();
    synchronized (entry) {
      entry.appendErrors(outcome.errors());
      entry.apply(
          outcome.state(),
          entry.attempts,
          clock.millis(),
          next,
          outcome.state() == DeliveryState.FAILED ? outcome.handlers() : entry.handlers,
          entry.errors);
      writeState(entry);
      if (outcome.state() != DeliveryState.FAILED) {
        entry.task = null;
        finished(entry);
      }
    }
    if (outcome.state() == DeliveryState.FAILED) {
      queue.retry(task, next);
      return;
    }
    queue.finished(task);
    if (outcome.state() == DeliveryState.DONE) {
      remember(entry.id);
    } else {
      rememberDead(entry);
    }
  }

  /**
   * The entry of a queued or running task: it stays in the index until the task finished, since
   * {@link #remember} forgets only {@code DONE} entries and {@link #replay} queues a task only for
   * an entry still in the index (both decide holding the entry).
   */
  private LocalIndex.Entry entryOf(Task task) {
    return Objects.requireNonNull(index.get(task.id), task.id);
  }

  @Override
  public void release(Claim claim) {
    queue.abandoned((Task) claim.handle());
  }

  /**
   * Dead deliveries kept in memory for replay: an eighth of max-remembered, at least one. A dead
   * entry keeps its handlers' error messages, several times the size of a finished one, so a storm
   * of failing deliveries must not keep them all: before this bound a handler failing on every
   * delivery at 200 a second filled a 64 MB heap in about three minutes.
   */
  static int maxDead(int maxRemembered) {
    return Math.max(1, maxRemembered / 8);
  }

  /**
   * Remembers a finished delivery, forgetting the oldest finished ones beyond max-remembered (a
   * delivery that runs again is not forgotten while it runs).
   */
  protected final void remember(String id) {
    finishedOrder.add(id);
    finishedCount.incrementAndGet();
    String oldest;
    while (finishedCount.get() > maxRemembered && (oldest = finishedOrder.poll()) != null) {
      finishedCount.decrementAndGet();
      forgetIf(oldest, entry -> entry.state == DeliveryState.DONE);
    }
  }

  /**
   * Remembers a dead delivery, forgetting the oldest dead ones beyond {@link #maxDead}; one that
   * was replayed since (running again, or dead again later) is not forgotten by its old death.
   * Called without holding any entry but this one (it takes others' to forget them).
   */
  protected final void rememberDead(LocalIndex.Entry entry) {
    long death = deaths.incrementAndGet();
    synchronized (entry) {
      entry.death = death;
    }
    deadOrder.add(new Dead(entry.id, death));
    deadCount.incrementAndGet();
    Dead oldest;
    while (deadCount.get() > maxDead && (oldest = deadOrder.poll()) != null) {
      deadCount.decrementAndGet();
      long died = oldest.death();
      forgetIf(oldest.id(), e -> e.state == DeliveryState.DEAD && e.death == died);
    }
  }

  private void forgetIf(String id, Predicate<LocalIndex.Entry> forget) {
    index.computeIfPresent(
        id,
        (key, entry) -> {
          // Holding the entry, so that a replay that just took it is not forgotten mid-way.
          synchronized (entry) {
            return forget.test(entry) ? null : entry;
          }
        });
  }

  @Override
  public int pending() {
    return queue.unfinished();
  }

  @Override
  public void stop() {
    stopping = true;
    queue.close();
  }

  /** Whether {@link #stop} was called. */
  protected final boolean isStopping() {
    return stopping;
  }

  @Override
  public Optional<DeliveryRecord> find(String id) {
    LocalIndex.Entry entry = index.get(id);
    if (entry == null || entry.state == null) {
      return Optional.empty();
    }
    synchronized (entry) {
      return Optional.of(entry.record());
    }
  }

  @Override
  public Optional<Delivery> delivery(String id) {
    LocalIndex.Entry entry = index.get(id);
    if (entry == null || entry.state == null) {
      return Optional.empty();
    }
    synchronized (entry) {
      return Optional.ofNullable(read(entry));
    }
  }

  @Override
  public List<DeliveryRecord> list(DeliveryState state, int limit) {
    return index.values().stream()
        .filter(e -> e.state == state)
        .sorted(Comparator.comparingLong((LocalIndex.Entry e) -> e.receivedAt).reversed())
        .limit(limit)
        .map(LocalIndex.Entry::record)
        .toList();
  }

  @Override
  public ReplayResult replay(String id) {
    LocalIndex.Entry entry = index.get(id);
    if (entry == null || entry.state == null) {
      return ReplayResult.NOT_FOUND;
    }
    Runner started = runner;
    synchronized (entry) {
      if (index.get(id) != entry) {
        // Forgotten (max-remembered) between the look-up and here.
        return ReplayResult.NOT_FOUND;
      }
      if (entry.live()) {
        return ReplayResult.ALREADY_PENDING;
      }
      Delivery delivery = read(entry);
      if (delivery == null) {
        return ReplayResult.NOT_FOUND;
      }
      entry.received(delivery, clock.millis(), writeReceived(delivery));
      Optional<String> key = started == null ? Optional.empty() : started.orderingKey(delivery);
      entry.task = task(delivery, key, false);
      queue.addRecovered(entry.task);
    }
    if (started != null) {
      started.arrived();
    }
    LOG.info("Delivery {} ({}) queued again by a replay", id, entry.eventKey);
    return ReplayResult.QUEUED;
  }

  /** Wakes the workers (tests move their clock, then call this). */
  public void wake() {
    queue.wake();
  }
}
