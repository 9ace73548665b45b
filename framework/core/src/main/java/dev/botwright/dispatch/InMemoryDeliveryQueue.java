package dev.botwright.dispatch;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryQueue;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue when the journal is off ({@code botwright.journal.enabled=false}): bounded, in memory,
 * drained by a fixed number of workers with per-installation fairness, retrying failed handlers
 * like the journal does; everything waiting is lost when the process stops.
 */
@Singleton
@Requires(missingBeans = DeliveryQueue.class)
@Requires(property = "botwright.journal.enabled", value = "false", defaultValue = "true")
final class InMemoryDeliveryQueue implements DeliveryQueue {

  private static final Logger LOG = LoggerFactory.getLogger(InMemoryDeliveryQueue.class);

  /** How long shutdown waits for accepted deliveries to finish. */
  static final Duration SHUTDOWN_TIMEOUT = DispatchConfiguration.DEFAULT_SHUTDOWN_TIMEOUT;

  private final DeliveryProcessor processor;
  private final int capacity;
  private final long maxBytes;
  private final RetryPolicy retries;
  private final Clock clock;
  private final RunQueue queue;
  private final Workers workers;
  private final Duration shutdownTimeout;

  @Inject
  InMemoryDeliveryQueue(DeliveryProcessor processor, DispatchConfiguration configuration) {
    this(
        processor,
        configuration.getQueueCapacity(),
        configuration.getQueueMaxBytes(),
        configuration.getWorkers(),
        configuration.isVirtualThreads(),
        configuration.getShutdownTimeout(),
        RetryPolicy.of(configuration),
        Clock.systemUTC());
  }

  InMemoryDeliveryQueue(
      DeliveryProcessor processor,
      int capacity,
      int workers,
      boolean virtualThreads,
      Duration shutdownTimeout) {
    this(
        processor,
        capacity,
        Long.MAX_VALUE,
        workers,
        virtualThreads,
        shutdownTimeout,
        RetryPolicy.NONE,
        Clock.systemUTC());
  }

  InMemoryDeliveryQueue(
      DeliveryProcessor processor,
      int capacity,
      long maxBytes,
      int workers,
      boolean virtualThreads,
      Duration shutdownTimeout,
      RetryPolicy retries,
      Clock clock) {
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
    this.maxBytes = maxBytes;
    this.retries = retries;
    this.clock = clock;
    this.shutdownTimeout = shutdownTimeout;
    this.queue = new RunQueue(clock, true);
    this.workers = new Workers(queue, this::run, workers, virtualThreads, shutdownTimeout);
  }

  @Override
  public boolean offer(Delivery delivery) {
    String key = processor.orderingKey(delivery).orElse(null);
    Task task =
        new Task(delivery.id(), delivery.installationId(), key, delivery.body().length, delivery);
    if (!queue.add(task, capacity, maxBytes)) {
      return false;
    }
    workers.demand();
    return true;
  }

  @Override
  public int pending() {
    return queue.waiting() + queue.running();
  }

  private void run(Task task) {
    task.attempts++;
    Attempt attempt = retries.attempt(task.attempts, task.handlers);
    AttemptResult result;
    try {
      result = processor.process(task.delivery, attempt);
    } catch (RuntimeException | Error e) {
      // The processor never throws by contract; this keeps the worker alive if one does.
      LOG.error("Dispatch of delivery {} failed", task.id, e);
      queue.finished(task);
      return;
    }
    if (result.succeeded() || result.permanent() || attempt.last()) {
      queue.finished(task);
      return;
    }
    Instant next = clock.instant().plus(retries.backoff(task.attempts));
    task.handlers = result.failedHandlers();
    LOG.warn(
        "Delivery {} ({}): attempt {} failed in {}, retrying at {}",
        task.id,
        task.delivery.eventKey(),
        task.attempts,
        result.failedHandlers(),
        next);
    queue.retry(task, next.toEpochMilli());
  }

  /** Stops accepting, lets the workers finish what was accepted, up to the shutdown timeout. */
  @PreDestroy
  void close() {
    int unfinished = workers.stop();
    if (unfinished > 0) {
      LOG.warn(
          "Dispatch stopped after {} with {} accepted deliveries unfinished; redeliver them from"
              + " the app's advanced settings or GET /app/hook/deliveries",
          shutdownTimeout,
          unfinished);
    } else {
      LOG.debug("Dispatch stopped; every accepted delivery finished");
    }
  }
}
