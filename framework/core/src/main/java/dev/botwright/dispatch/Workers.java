package dev.botwright.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The worker threads of a queue: each takes tasks until the run queue closes. Threads are started
 * on demand, when work waits and no worker is idle, up to the configured count: an idle bot keeps
 * none of the (by default 32) stacks, and a burst grows the pool as far as it needs.
 */
final class Workers {

  private final RunQueue queue;
  private final Consumer<Task> run;
  private final int count;
  private final ThreadFactory factory;
  private final Duration shutdownTimeout;
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicInteger idle = new AtomicInteger();
  private boolean stopped;

  Workers(
      RunQueue queue,
      Consumer<Task> run,
      int count,
      boolean virtualThreads,
      Duration shutdownTimeout) {
    this.queue = queue;
    this.run = run;
    this.count = count;
    this.factory = WorkerThreads.factory("botwright-dispatch-", virtualThreads);
    this.shutdownTimeout = shutdownTimeout;
  }

  /**
   * Starts a worker when more tasks wait than workers are idle and the count allows one more; call
   * after every arrival.
   */
  void demand() {
    int idleNow = idle.get();
    if (idleNow > 0 && queue.waiting() <= idleNow) {
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

  /** Workers waiting for a task. */
  int idle() {
    return idle.get();
  }

  private void work() {
    while (true) {
      idle.incrementAndGet();
      Task task;
      try {
        task = queue.take();
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
   * Closes the run queue and waits up to the shutdown timeout for the workers.
   *
   * @return tasks still waiting or running afterwards
   */
  int stop() {
    List<Thread> started;
    synchronized (threads) {
      stopped = true;
      started = List.copyOf(threads);
    }
    queue.close();
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
    int unfinished = queue.waiting() + queue.running();
    if (queue.running() > 0) {
      started.forEach(Thread::interrupt);
    }
    return unfinished;
  }
}
