package dev.botwright.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The worker threads of a queue: each takes tasks until the run queue closes. */
final class Workers {

  private final RunQueue queue;
  private final Consumer<Task> run;
  private final int count;
  private final ThreadFactory factory;
  private final Duration shutdownTimeout;
  private final List<Thread> threads = new ArrayList<>();

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

  void start() {
    for (int i = 0; i < count; i++) {
      Thread worker = factory.newThread(this::work);
      threads.add(worker);
      worker.start();
    }
  }

  private void work() {
    Task task;
    while ((task = queue.take()) != null) {
      run.accept(task);
    }
  }

  /**
   * Closes the run queue and waits up to the shutdown timeout for the workers.
   *
   * @return tasks still waiting or running afterwards
   */
  int stop() {
    queue.close();
    long deadline = System.nanoTime() + shutdownTimeout.toNanos();
    for (Thread worker : threads) {
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
      threads.forEach(Thread::interrupt);
    }
    return unfinished;
  }
}
