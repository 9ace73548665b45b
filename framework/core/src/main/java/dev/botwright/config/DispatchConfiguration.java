package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** How handlers run ({@code botwright.dispatch.*}). */
@ConfigurationProperties("botwright.dispatch")
public class DispatchConfiguration {

  /** Worker threads running handlers; handlers block on GitHub calls, so more than cores. */
  public static final int DEFAULT_WORKERS = 32;

  /** Deliveries held before intake answers 503. */
  public static final int DEFAULT_QUEUE_CAPACITY = 10_000;

  /** The {@code Retry-After} sent with a 503 when the queue is full. */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(10);

  private int workers = DEFAULT_WORKERS;
  private int queueCapacity = DEFAULT_QUEUE_CAPACITY;
  private Duration retryAfter = DEFAULT_RETRY_AFTER;
  private boolean virtualThreads;

  /** How many deliveries run at once. */
  public int getWorkers() {
    return workers;
  }

  public void setWorkers(int workers) {
    this.workers = workers;
  }

  /** How many accepted deliveries may wait; beyond that intake answers 503. */
  public int getQueueCapacity() {
    return queueCapacity;
  }

  public void setQueueCapacity(int queueCapacity) {
    this.queueCapacity = queueCapacity;
  }

  /** What a 503 tells GitHub (or a proxy) to wait. */
  public Duration getRetryAfter() {
    return retryAfter;
  }

  public void setRetryAfter(Duration retryAfter) {
    this.retryAfter = retryAfter;
  }

  /** Run handlers on virtual threads (Java 21+ only; ignored on 17). */
  public boolean isVirtualThreads() {
    return virtualThreads;
  }

  public void setVirtualThreads(boolean virtualThreads) {
    this.virtualThreads = virtualThreads;
  }
}
