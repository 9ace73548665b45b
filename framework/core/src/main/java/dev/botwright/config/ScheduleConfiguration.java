package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code @OnSchedule} methods ({@code botwright.schedule.*}): whether they run on their own, how
 * their runs spread over installations, and when an installation is left for the next run.
 */
@ConfigurationProperties("botwright.schedule")
public class ScheduleConfiguration {

  /** The first run of each schedule waits this long after start-up. */
  public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofMinutes(1);

  /** Each installation starts at a random point within this window after the run begins. */
  public static final Duration DEFAULT_JITTER = Duration.ofMinutes(1);

  /** Installations one run works on at once. */
  public static final int DEFAULT_CONCURRENCY = 4;

  /** An installation with fewer requests left than this (until its reset) waits for a later run. */
  public static final int DEFAULT_MIN_RATE_LIMIT_REMAINING = 100;

  private boolean enabled = true;
  private Duration initialDelay = DEFAULT_INITIAL_DELAY;
  private Duration jitter = DEFAULT_JITTER;
  private int concurrency = DEFAULT_CONCURRENCY;
  private int minRateLimitRemaining = DEFAULT_MIN_RATE_LIMIT_REMAINING;

  /**
   * Whether schedules run on their own timers ({@code BOTWRIGHT_SCHEDULE_ENABLED}); the testing kit
   * turns them off and runs them on demand.
   */
  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Wait before each schedule's first run after start-up. */
  public Duration getInitialDelay() {
    return initialDelay;
  }

  public void setInitialDelay(Duration initialDelay) {
    this.initialDelay = initialDelay;
  }

  /**
   * The window over which a run spreads the start of its installations, so they do not all call
   * GitHub in the same second; at most half the schedule's interval is used. {@code 0s} starts them
   * at once.
   */
  public Duration getJitter() {
    return jitter;
  }

  public void setJitter(Duration jitter) {
    this.jitter = jitter;
  }

  /** Installations a run works on at once (at least 1). */
  public int getConcurrency() {
    return concurrency;
  }

  public void setConcurrency(int concurrency) {
    this.concurrency = concurrency;
  }

  /**
   * An installation whose last answer from GitHub left fewer requests than this, before its reset
   * time, is skipped by a run (and logged); {@code 0} never skips.
   */
  public int getMinRateLimitRemaining() {
    return minRateLimitRemaining;
  }

  public void setMinRateLimitRemaining(int minRateLimitRemaining) {
    this.minRateLimitRemaining = minRateLimitRemaining;
  }
}
