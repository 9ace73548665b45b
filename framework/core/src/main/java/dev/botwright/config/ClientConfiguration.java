package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How the GitHub client retries and paces itself ({@code botwright.client.*}). Tests switch pacing
 * off and make retries and rate-limit waits short.
 */
@ConfigurationProperties("botwright.client")
public class ClientConfiguration {

  public static final int DEFAULT_MAX_RETRIES = 3;
  public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(1);
  public static final Duration DEFAULT_WRITE_INTERVAL = Duration.ofSeconds(1);
  public static final Duration DEFAULT_SECONDARY_LIMIT_BACKOFF = Duration.ofSeconds(60);
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(15);
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 50;
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private int maxRetries = DEFAULT_MAX_RETRIES;
  private Duration retryDelay = DEFAULT_RETRY_DELAY;
  private boolean pacing = true;
  private Duration writeInterval = DEFAULT_WRITE_INTERVAL;
  private Duration secondaryLimitBackoff = DEFAULT_SECONDARY_LIMIT_BACKOFF;
  private Duration maxWait = DEFAULT_MAX_WAIT;
  private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
  private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;

  /** Retries after the first attempt on 5xx, 429 and connection errors. */
  public int getMaxRetries() {
    return maxRetries;
  }

  public void setMaxRetries(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  /** The first retry's delay; it doubles each time. */
  public Duration getRetryDelay() {
    return retryDelay;
  }

  public void setRetryDelay(Duration retryDelay) {
    this.retryDelay = retryDelay;
  }

  /**
   * Whether writes are spaced per installation and requests in flight capped. Rate-limit waits are
   * honoured either way (up to {@link #getMaxWait()}).
   */
  public boolean isPacing() {
    return pacing;
  }

  public void setPacing(boolean pacing) {
    this.pacing = pacing;
  }

  /** The least time between two writes of one installation (GitHub asks for about 1 s). */
  public Duration getWriteInterval() {
    return writeInterval;
  }

  public void setWriteInterval(Duration writeInterval) {
    this.writeInterval = writeInterval;
  }

  /** The first wait after a secondary rate limit without {@code Retry-After}. */
  public Duration getSecondaryLimitBackoff() {
    return secondaryLimitBackoff;
  }

  public void setSecondaryLimitBackoff(Duration secondaryLimitBackoff) {
    this.secondaryLimitBackoff = secondaryLimitBackoff;
  }

  /** The longest the client waits for a rate limit before failing the request. */
  public Duration getMaxWait() {
    return maxWait;
  }

  public void setMaxWait(Duration maxWait) {
    this.maxWait = maxWait;
  }

  /** Requests in flight at once, process-wide (GitHub allows at most 100). */
  public int getMaxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  public void setMaxConcurrentRequests(int maxConcurrentRequests) {
    this.maxConcurrentRequests = maxConcurrentRequests;
  }

  /** How long one request may take. */
  public Duration getRequestTimeout() {
    return requestTimeout;
  }

  public void setRequestTimeout(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }
}
