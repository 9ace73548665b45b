package dev.botwright.internal.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The worker threads of the runner: each takes work from its source until the source is closed.
 * Threads are started on demand, when work waits and no worker is idle, up to the configured count:
 * an idle bot keeps none of the (by default 32) stacks, and a burst grows the pool as far as it
 * needs.
 */
final class Workers<T> {

  /** Where workers take their work from. */
  interface Source<T> {
    /** The next piece of work, waiting for one; {@code null} once closed. */
    @Nullable T take() throws InterruptedException;

    /** Work waiting for a worker. */
    int waiting();

    /** Work waiting or running. */
    int unfinished();

    /** Stops handing out work that need not be finished before shutdown. */
    void close();
  }

  private final Source<T> source;
  private final Consumer<T> run;
  private final int count;
  private final ThreadFactory factory;
  private final Duration shutdownTimeout;
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicInteger idle = new AtomicInteger();
  private boolean stopped;

  Workers(
      Source<T> source,
      Consumer<T> run,
      int count,
      boolean virtualThreads,
      Duration shutdownTimeout) {
    this.source = source;
    this.run = run;
    this.count = count;
    this.factory = WorkerThreads.factory("botwright-dispatch-", virtualThreads);
    this.shutdownTimeout = shutdownTimeout;
  }

  /**
   * Starts a worker when more work waits than workers are idle and the count allows one more; call
   * after every arrival.
   */
  void demand() {
    int idleNow = idle.get();
    if (idleNow > 0 && source.waiting() <= idleNow) {
      return;
    }
    synchronized (threads) {
      startUpTo(threads.size() + 1);
    }
  }

  /** Starts workers until {@code wanted} run (at most the count): for a backlog found on start. */
  void startUpTo(int wanted) {
    synchronized (threads) {
      while (!stopped && threads.size() < Math.min(wanted, count)) {
        Thread worker = factory.newThread(this::work);
        threads.add(worker);
        worker.start();
      }
    }
  }

  /** Workers started so far. */
  int started() {
    synchronized (threads) {
      return threads.size();
    }
  }

  /** Workers waiting for work. */
  int idle() {
    return idle.get();
  }

  private void work() {
    while (true) {
      idle.incrementAndGet();
      T task;
      try {
        task = source.take();
      } catch (InterruptedException e) {
        return;
      } finally {
        idle.decrementAndGet();
      }
      if (task == null) {
        return;
      }
      run.accept(task);
    }
  }

  /**
   * Closes the source and waits up to the shutdown timeout for the workers; {@link #interrupt}
   * those still running afterwards.
   *
   * @return work still waiting or running afterwards
   */
  int stop() {
    List<Thread> started;
    synchronized (threads) {
      stopped = true;
      started = List.copyOf(threads);
    }
    source.close();
    long deadline = System.nanoTime() + shutdownTimeout.toNanos();
    for (Thread worker : started) {
      long left = deadline - System.nanoTime();
      try {
        if (left > 0) {
          TimeUnit.NANOSECONDS.timedJoin(worker, left);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return source.unfinished();
  }

  /** Interrupts the workers still running (after {@link #stop}). */
  void interrupt() {
    synchronized (threads) {
      threads.stream().filter(Thread::isAlive).forEach(Thread::interrupt);
    }
  }
}
