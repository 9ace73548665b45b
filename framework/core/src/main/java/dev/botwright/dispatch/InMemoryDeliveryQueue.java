package dev.botwright.dispatch;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryQueue;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default queue: bounded, in memory, drained by a fixed number of workers. Each installation
 * has its own FIFO and the workers serve installations in turn, so one busy installation delays
 * another's delivery by at most one round.
 */
@Singleton
@Requires(missingBeans = DeliveryQueue.class)
final class InMemoryDeliveryQueue implements DeliveryQueue {

  private static final Logger LOG = LoggerFactory.getLogger(InMemoryDeliveryQueue.class);

  /** How long shutdown waits for accepted deliveries to finish. */
  static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

  private final DeliveryProcessor processor;
  private final int capacity;
  private final Duration shutdownTimeout;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition available = lock.newCondition();
  private final Map<Long, ArrayDeque<Delivery>> byInstallation = new HashMap<>();
  private final ArrayDeque<Long> turns = new ArrayDeque<>();
  private final List<Thread> workers = new ArrayList<>();
  private int waiting;
  private int running;
  private boolean closed;

  @Inject
  InMemoryDeliveryQueue(DeliveryProcessor processor, DispatchConfiguration configuration) {
    this(
        processor,
        configuration.getQueueCapacity(),
        configuration.getWorkers(),
        configuration.isVirtualThreads(),
        SHUTDOWN_TIMEOUT);
  }

  InMemoryDeliveryQueue(
      DeliveryProcessor processor,
      int capacity,
      int workers,
      boolean virtualThreads,
      Duration shutdownTimeout) {
    if (capacity < 1 || workers < 1) {
      throw new IllegalArgumentException(
          "botwright.dispatch.queue-capacity ("
              + capacity
              + ") and botwright.dispatch.workers ("
              + workers
              + ") must both be at least 1");
    }
    this.processor = processor;
    this.capacity = capacity;
    this.shutdownTimeout = shutdownTimeout;
    var factory = WorkerThreads.factory("botwright-dispatch-", virtualThreads);
    for (int i = 0; i < workers; i++) {
      Thread worker = factory.newThread(this::work);
      this.workers.add(worker);
      worker.start();
    }
  }

  @Override
  public boolean offer(Delivery delivery) {
    lock.lock();
    try {
      if (closed || waiting >= capacity) {
        return false;
      }
      ArrayDeque<Delivery> fifo = byInstallation.get(delivery.installationId());
      if (fifo == null) {
        fifo = new ArrayDeque<>();
        byInstallation.put(delivery.installationId(), fifo);
        turns.addLast(delivery.installationId());
      }
      fifo.addLast(delivery);
      waiting++;
      available.signal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int pending() {
    lock.lock();
    try {
      return waiting + running;
    } finally {
      lock.unlock();
    }
  }

  private void work() {
    Delivery delivery;
    while ((delivery = take()) != null) {
      try {
        processor.process(delivery);
      } catch (RuntimeException | Error e) {
        // The processor never throws by contract; this keeps the worker alive if one does.
        LOG.error("Dispatch of delivery {} failed", delivery.id(), e);
      } finally {
        lock.lock();
        try {
          running--;
        } finally {
          lock.unlock();
        }
      }
    }
  }

  /** The next delivery, taking installations in turn; null once closed and drained. */
  private Delivery take() {
    lock.lock();
    try {
      while (turns.isEmpty()) {
        if (closed) {
          return null;
        }
        available.awaitUninterruptibly();
      }
      Long installation = turns.pollFirst();
      ArrayDeque<Delivery> fifo = byInstallation.get(installation);
      Delivery delivery = fifo.pollFirst();
      if (fifo.isEmpty()) {
        byInstallation.remove(installation);
      } else {
        turns.addLast(installation);
      }
      waiting--;
      running++;
      return delivery;
    } finally {
      lock.unlock();
    }
  }

  /** Stops accepting, lets the workers finish what was accepted, up to the shutdown timeout. */
  @PreDestroy
  void close() {
    lock.lock();
    try {
      closed = true;
      available.signalAll();
    } finally {
      lock.unlock();
    }
    long deadline = System.nanoTime() + shutdownTimeout.toNanos();
    for (Thread worker : workers) {
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
    int unfinished = pending();
    if (unfinished > 0) {
      LOG.warn(
          "Dispatch stopped after {} with {} accepted deliveries unfinished; redeliver them from"
              + " the app's advanced settings or GET /app/hook/deliveries",
          shutdownTimeout,
          unfinished);
      workers.forEach(Thread::interrupt);
    } else {
      LOG.debug("Dispatch stopped; every accepted delivery finished");
    }
  }
}
