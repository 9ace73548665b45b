package dev.botwright.internal.queue;

import dev.botwright.DeliveryFailure;
import dev.botwright.config.DispatchConfiguration;
import dev.botwright.internal.dispatch.DeliveryPlan;
import dev.botwright.internal.dispatch.DeliveryProcessor;
import dev.botwright.internal.dispatch.DeliveryProcessor.Attempt;
import dev.botwright.internal.dispatch.DeliveryProcessor.AttemptResult;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.internal.metrics.DeliveryOutcome;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import dev.botwright.spi.DeliveryStorage;
import dev.botwright.spi.DeliveryStorage.Claim;
import dev.botwright.spi.DeliveryStorage.Outcome;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Internal;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs accepted deliveries over a {@link DeliveryStorage}, whichever it is: intake {@link #offer
 * offers} a delivery with its {@link DeliveryPlan}; workers claim due attempts, run the plan's
 * handlers through the {@link DeliveryProcessor}, decide the outcome (done, retried after a backoff
 * running only the handlers that failed, or dead when out of attempts or permanent) and record it.
 */
@Internal
@Singleton
public final class DeliveryRunner implements ApplicationEventListener<ServerStartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryRunner.class);
  private static final int MAX_ERROR_CHARS = 1000;

  private final DeliveryStorage storage;
  private final DeliveryProcessor processor;
  private final RetryPolicy retries;
  private final Clock clock;
  private final Workers<Claim> workers;
  private final BotwrightMetrics metrics;

  /**
   * Plans of deliveries appended or claimed here, so that intake's look-up serves every attempt. A
   * delivery another process finishes (Redis) never leaves it, so it is cleared when it grows past
   * {@link #MAX_PLANS}: a missing plan is only looked up again.
   */
  private final Map<String, DeliveryPlan> plans = new ConcurrentHashMap<>();

  private static final int MAX_PLANS = 65_536;

  private final AtomicInteger running = new AtomicInteger();
  private volatile boolean started;

  @Inject
  DeliveryRunner(
      DeliveryStorage storage,
      DeliveryProcessor processor,
      DispatchConfiguration dispatch,
      BotwrightMetrics metrics) {
    this(
        storage,
        processor,
        dispatch.getWorkers(),
        dispatch.isVirtualThreads(),
        dispatch.getShutdownTimeout(),
        RetryPolicy.of(dispatch),
        Clock.systemUTC(),
        metrics);
    metrics.queueDepth(storage::pending);
  }

  /** For tests and storages' own tests: a runner with its own settings. */
  public DeliveryRunner(
      DeliveryStorage storage,
      DeliveryProcessor processor,
      int workers,
      boolean virtualThreads,
      Duration shutdownTimeout,
      RetryPolicy retries,
      Clock clock) {
    this(
        storage,
        processor,
        workers,
        virtualThreads,
        shutdownTimeout,
        retries,
        clock,
        BotwrightMetrics.disabled());
  }

  private DeliveryRunner(
      DeliveryStorage storage,
      DeliveryProcessor processor,
      int workers,
      boolean virtualThreads,
      Duration shutdownTimeout,
      RetryPolicy retries,
      Clock clock,
      BotwrightMetrics metrics) {
    if (workers < 1) {
      throw new IllegalArgumentException(
          "botwright.dispatch.workers (" + workers + ") must be at least 1");
    }
    this.storage = storage;
    this.processor = processor;
    this.retries = retries;
    this.clock = clock;
    this.metrics = metrics;
    this.workers =
        new Workers<>(new StorageSource(), this::run, workers, virtualThreads, shutdownTimeout);
  }

  /**
   * Starts with the HTTP server that feeds it: a context without one (the one-shot {@code receive}
   * command) runs its delivery directly and neither needs workers nor may create the processor
   * before it registered its own clients.
   */
  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    start();
  }

  /** Starts the storage (resuming what an earlier run left) and the workers it needs now. */
  public synchronized void start() {
    if (started) {
      return;
    }
    int waiting =
        storage.start(
            new DeliveryStorage.Runner() {
              @Override
              public Optional<String> orderingKey(Delivery delivery) {
                DeliveryPlan plan = plan(delivery);
                remember(delivery.id(), plan);
                return plan.orderingKey();
              }

              @Override
              public void arrived() {
                workers.demand();
              }
            });
    started = true;
    workers.startUpTo(waiting);
  }

  /**
   * Appends {@code delivery} to the storage to run {@code plan}. Before {@link #start} it only
   * waits in the storage.
   *
   * @return {@code false} when the storage is full or stopping (intake answers 503)
   */
  public boolean offer(Delivery delivery, DeliveryPlan plan) {
    remember(delivery.id(), plan);
    boolean appended = false;
    try {
      appended = storage.append(delivery, plan.orderingKey());
    } finally {
      if (!appended) {
        plans.remove(delivery.id());
      }
    }
    if (appended && started) {
      workers.demand();
    }
    return appended;
  }

  /** Deliveries accepted but not finished, in this process. */
  public int pending() {
    return storage.pending();
  }

  private void remember(String id, DeliveryPlan plan) {
    if (plans.size() >= MAX_PLANS) {
      plans.clear();
    }
    plans.put(id, plan);
  }

  private DeliveryPlan plan(Delivery delivery) {
    return processor.plan(delivery).orElse(DeliveryPlan.NONE);
  }

  private void run(Claim claim) {
    running.incrementAndGet();
    try {
      attempt(claim);
    } finally {
      running.decrementAndGet();
    }
  }

  private void attempt(Claim claim) {
    Delivery delivery = claim.delivery();
    DeliveryPlan plan = plans.get(delivery.id());
    Attempt attempt = retries.attempt(claim.attempt(), claim.handlers());
    AttemptResult result;
    try {
      result = processor.process(delivery, plan == null ? plan(delivery) : plan, attempt);
    } catch (RuntimeException | Error e) {
      // The processor never throws by contract; this keeps the worker alive if one does.
      LOG.error("Dispatch of delivery {} failed; it is left as last recorded", delivery.id(), e);
      storage.release(claim);
      return;
    }
    Outcome outcome = outcome(attempt, result);
    try {
      storage.record(claim, outcome);
    } catch (RuntimeException e) {
      LOG.warn(
          "Delivery {} ended as {} but it could not be recorded ({}); it runs again later",
          delivery.id(),
          outcome.state(),
          e.toString());
      storage.release(claim);
      return;
    }
    count(delivery, outcome.state());
    if (outcome.state() == DeliveryState.FAILED) {
      LOG.warn(
          "Delivery {} ({}): attempt {} failed in {}, retrying at {}",
          delivery.id(),
          delivery.eventKey(),
          attempt.number(),
          result.failedHandlers(),
          outcome.nextAttemptAt());
      return;
    }
    plans.remove(delivery.id());
    if (outcome.state() == DeliveryState.DEAD) {
      LOG.error(
          "Delivery {} ({}) is dead after {} attempts{}; replay it once the cause is fixed",
          delivery.id(),
          delivery.eventKey(),
          attempt.number(),
          result.permanent() ? " (permanent failure)" : "");
    }
  }

  /** One attempt: handled, or failed and then retried or dead. */
  private void count(Delivery delivery, DeliveryState state) {
    if (state == DeliveryState.DONE) {
      metrics.delivery(delivery.event(), delivery.action(), DeliveryOutcome.HANDLED);
      return;
    }
    metrics.delivery(delivery.event(), delivery.action(), DeliveryOutcome.FAILED);
    metrics.delivery(
        delivery.event(),
        delivery.action(),
        state == DeliveryState.DEAD ? DeliveryOutcome.DEAD : DeliveryOutcome.RETRIED);
  }

  private Outcome outcome(Attempt attempt, AttemptResult result) {
    List<String> errors =
        result.failure().map(DeliveryFailure::failures).orElse(List.of()).stream()
            .map(DeliveryRunner::error)
            .toList();
    if (result.succeeded()) {
      return new Outcome(DeliveryState.DONE, attempt.handlers(), errors, null);
    }
    if (result.permanent() || attempt.last()) {
      return new Outcome(DeliveryState.DEAD, attempt.handlers(), errors, null);
    }
    Instant next = clock.instant().plus(retries.backoff(attempt.number()));
    return new Outcome(DeliveryState.FAILED, result.failedHandlers(), errors, next);
  }

  private static String error(DeliveryFailure.HandlerFailure failure) {
    String text = failure.handler() + ": " + failure.error();
    return text.length() > MAX_ERROR_CHARS ? text.substring(0, MAX_ERROR_CHARS) : text;
  }

  /**
   * Stops taking deliveries, lets running handlers finish within the shutdown timeout, and closes
   * the storage; what is left unfinished is the storage's to keep (or, in memory, lost).
   */
  @PreDestroy
  public synchronized void close() {
    workers.stop();
    storage.close();
    workers.interrupt();
  }

  /** Workers started so far (tests). */
  int startedWorkers() {
    return workers.started();
  }

  /** The workers' view of the storage. */
  private final class StorageSource implements Workers.Source<Claim> {
    @Override
    public @Nullable Claim take() throws InterruptedException {
      return storage.claim();
    }

    @Override
    public int waiting() {
      return storage.pending() - running.get();
    }

    @Override
    public int unfinished() {
      return storage.pending();
    }

    @Override
    public void close() {
      storage.stop();
    }
  }
}
