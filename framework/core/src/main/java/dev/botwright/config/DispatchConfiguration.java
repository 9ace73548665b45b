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

  /** Attempts per delivery, the first included. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  /** Wait before the second attempt; doubles with each further attempt. */
  public static final Duration DEFAULT_RETRY_INITIAL_BACKOFF = Duration.ofSeconds(10);

  /** Longest wait between attempts. */
  public static final Duration DEFAULT_RETRY_MAX_BACKOFF = Duration.ofMinutes(10);

  /**
   * The most payload bytes held in memory for waiting deliveries: 256 MB, or a sixteenth of the
   * heap when that is less. Waiting payloads live long enough to reach the old generation; with a
   * quarter of a 64 MB heap a backlog made the collector run back-to-back full collections (a third
   * less throughput with 50 ms of API latency), while payloads beyond the bound are only read back
   * from the journal's files, which the page cache usually still holds.
   */
  public static final long DEFAULT_QUEUE_MAX_BYTES =
      Math.min(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16);

  /** How long shutdown waits for running handlers. */
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

  private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
  private Duration retryInitialBackoff = DEFAULT_RETRY_INITIAL_BACKOFF;
  private Duration retryMaxBackoff = DEFAULT_RETRY_MAX_BACKOFF;
  private long queueMaxBytes = DEFAULT_QUEUE_MAX_BYTES;
  private Duration shutdownTimeout = DEFAULT_SHUTDOWN_TIMEOUT;
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

  /** Attempts per delivery before it is dead; 1 means no retry. */
  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /** Wait before the first retry (with jitter); doubled for each later one. */
  public Duration getRetryInitialBackoff() {
    return retryInitialBackoff;
  }

  public void setRetryInitialBackoff(Duration retryInitialBackoff) {
    this.retryInitialBackoff = retryInitialBackoff;
  }

  /** Cap on the wait between attempts. */
  public Duration getRetryMaxBackoff() {
    return retryMaxBackoff;
  }

  public void setRetryMaxBackoff(Duration retryMaxBackoff) {
    this.retryMaxBackoff = retryMaxBackoff;
  }

  /**
   * Payload bytes of waiting deliveries held in memory. Beyond it the journal leaves payloads on
   * disk and reads them back when their attempt starts; the in-memory queue answers 503.
   */
  public long getQueueMaxBytes() {
    return queueMaxBytes;
  }

  public void setQueueMaxBytes(long queueMaxBytes) {
    this.queueMaxBytes = queueMaxBytes;
  }

  /** How long shutdown lets running handlers finish. */
  public Duration getShutdownTimeout() {
    return shutdownTimeout;
  }

  public void setShutdownTimeout(Duration shutdownTimeout) {
    this.shutdownTimeout = shutdownTimeout;
  }
}
