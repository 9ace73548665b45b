package dev.botwright.internal.queue;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The scheduling of the storages in this process (in memory and the journal): each installation has
 * its own FIFO and workers serve installations in turn; retries wait in a time-ordered set until
 * due; deliveries with the same ordering key run one at a time in arrival order (a later one waits,
 * parked, until the earlier one is done or dead, including the earlier one's retry waits).
 */
final class RunQueue implements Workers.Source<Task> {

  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition available = lock.newCondition();
  private final Map<Long, ArrayDeque<Task>> byInstallation = new HashMap<>();
  private final ArrayDeque<Long> turns = new ArrayDeque<>();
  private final PriorityQueue<Task> delayed =
      new PriorityQueue<>(Comparator.comparingLong(t -> t.dueMillis));
  private final Map<String, ArrayDeque<Task>> byKey = new HashMap<>();
  private final Set<Task> parked = Collections.newSetFromMap(new IdentityHashMap<>());
  private int waiting;
  private int running;
  private long waitingBytes;
  private boolean closed;
  private final boolean drainOnClose;

  /**
   * @param drainOnClose whether tasks that are due keep being handed out after {@link #close()}
   *     (the in-memory queue finishes what it accepted; the journal leaves it on disk)
   */
  RunQueue(Clock clock, boolean drainOnClose) {
    this.clock = clock;
    this.drainOnClose = drainOnClose;
  }

  /** Adds an arrival unless closed or over either bound; {@code false} if refused. */
  boolean add(Task task, int maxWaiting, long maxBytes) {
    lock.lock();
    try {
      if (closed
          || waiting >= maxWaiting
          || (waiting > 0 && waitingBytes + task.bytes > maxBytes)) {
        return false;
      }
      arrive(task);
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Whether an arrival of {@code bytes} would fit; checked before it is journaled. */
  boolean hasRoom(long bytes, int maxWaiting, long maxBytes) {
    lock.lock();
    try {
      return !closed && waiting < maxWaiting && (waiting == 0 || waitingBytes + bytes <= maxBytes);
    } finally {
      lock.unlock();
    }
  }

  /** Adds a delivery recovered from the journal; bounds do not apply. */
  void addRecovered(Task task) {
    lock.lock();
    try {
      arrive(task);
    } finally {
      lock.unlock();
    }
  }

  private void arrive(Task task) {
    if (task.orderingKey != null) {
      byKey.computeIfAbsent(task.orderingKey, k -> new ArrayDeque<>()).addLast(task);
    }
    waiting++;
    waitingBytes += task.bytes;
    schedule(task);
  }

  private void schedule(Task task) {
    if (task.dueMillis > clock.millis()) {
      delayed.add(task);
    } else {
      ready(task);
    }
    available.signal();
  }

  private void ready(Task task) {
    ArrayDeque<Task> fifo = byInstallation.get(task.installationId);
    if (fifo == null) {
      fifo = new ArrayDeque<>();
      byInstallation.put(task.installationId, fifo);
      turns.addLast(task.installationId);
    }
    fifo.addLast(task);
  }

  /** The next task to run, waiting for one; {@code null} once closed. */
  @Override
  public @Nullable Task take() {
    lock.lock();
    try {
      while (true) {
        long now = clock.millis();
        while (!delayed.isEmpty() && delayed.peek().dueMillis <= now) {
          ready(delayed.poll());
        }
        if (closed && !drainOnClose) {
          return null;
        }
        Task task = nextReady();
        if (task != null) {
          if (task.orderingKey != null && lane(task.orderingKey).peekFirst() != task) {
            parked.add(task);
            continue;
          }
          waiting--;
          running++;
          waitingBytes -= task.bytes;
          return task;
        }
        if (closed) {
          return null;
        }
        try {
          if (delayed.isEmpty()) {
            available.await();
          } else {
            long wait = Math.min(delayed.peek().dueMillis - now, 1000);
            available.await(Math.max(1, wait), TimeUnit.MILLISECONDS);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private @Nullable Task nextReady() {
    Long installation = turns.pollFirst();
    if (installation == null) {
      return null;
    }
    // An installation takes a turn only while it has a queue (ready() adds both, this removes
    // both).
    ArrayDeque<Task> fifo = Objects.requireNonNull(byInstallation.get(installation));
    Task task = fifo.pollFirst();
    if (fifo.isEmpty()) {
      byInstallation.remove(installation);
    } else {
      turns.addLast(installation);
    }
    return task;
  }

  /** A running task failed and runs again at {@code dueMillis}. */
  void retry(Task task, long dueMillis) {
    lock.lock();
    try {
      running--;
      waiting++;
      waitingBytes += task.bytes;
      task.dueMillis = dueMillis;
      schedule(task);
    } finally {
      lock.unlock();
    }
  }

  /** A running task is done or dead; the next of its ordering key may run. */
  void finished(Task task) {
    lock.lock();
    try {
      running--;
      release(task);
    } finally {
      lock.unlock();
    }
  }

  /** A running task stopped without an outcome (shutdown); it stays in the journal. */
  void abandoned(Task task) {
    finished(task);
  }

  private void release(Task task) {
    if (task.orderingKey == null) {
      return;
    }
    ArrayDeque<Task> order = lane(task.orderingKey);
    order.remove(task);
    if (order.isEmpty()) {
      byKey.remove(task.orderingKey);
    } else if (parked.remove(order.peekFirst())) {
      ready(order.peekFirst());
      available.signal();
    }
  }

  /**
   * The tasks of ordering key {@code key}, oldest first: arrive() adds a task to its key's lane and
   * only release() takes it out, so a task with a key is in its lane from arrival to release.
   */
  private ArrayDeque<Task> lane(String key) {
    return Objects.requireNonNull(byKey.get(key));
  }

  /** Wakes the workers, e.g. after a test moved its clock. */
  void wake() {
    lock.lock();
    try {
      available.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Stops handing out tasks; waiting ones stay where they are. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      available.signalAll();
    } finally {
      lock.unlock();
    }
  }

  boolean isClosed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int unfinished() {
    lock.lock();
    try {
      return waiting + running;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int waiting() {
    lock.lock();
    try {
      return waiting;
    } finally {
      lock.unlock();
    }
  }

  int running() {
    lock.lock();
    try {
      return running;
    } finally {
      lock.unlock();
    }
  }
}
