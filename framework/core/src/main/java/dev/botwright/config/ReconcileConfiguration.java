package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * The reconciler ({@code botwright.reconcile.*}), which asks GitHub to redeliver webhooks that
 * never reached the bot. On by default whenever the app has credentials; the testing kit turns it
 * off.
 */
@ConfigurationProperties("botwright.reconcile")
public class ReconcileConfiguration {

  /** Time between runs. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);

  /** The first run waits this long after start-up, so that start-up traffic settles first. */
  public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofSeconds(30);

  /** GitHub keeps deliveries for 3 days and cannot redeliver older ones. */
  public static final Duration DEFAULT_LOOK_BACK = Duration.ofDays(3);

  /** Redelivery requests per run at most. */
  public static final int DEFAULT_MAX_REDELIVERIES = 100;

  /** Time between two requests to GitHub, to stay clear of its secondary rate limits. */
  public static final Duration DEFAULT_SPACING = Duration.ofSeconds(1);

  private boolean enabled = true;
  private Duration interval = DEFAULT_INTERVAL;
  private Duration initialDelay = DEFAULT_INITIAL_DELAY;
  private Duration lookBack = DEFAULT_LOOK_BACK;
  private int maxRedeliveries = DEFAULT_MAX_REDELIVERIES;
  private Duration spacing = DEFAULT_SPACING;

  /** Whether runs are scheduled ({@code BOTWRIGHT_RECONCILE_ENABLED}). */
  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Time between runs. */
  public Duration getInterval() {
    return interval;
  }

  public void setInterval(Duration interval) {
    this.interval = interval;
  }

  /** Wait before the first run after start-up. */
  public Duration getInitialDelay() {
    return initialDelay;
  }

  public void setInitialDelay(Duration initialDelay) {
    this.initialDelay = initialDelay;
  }

  /** How far back deliveries are examined; GitHub redelivers only the last 3 days. */
  public Duration getLookBack() {
    return lookBack;
  }

  public void setLookBack(Duration lookBack) {
    this.lookBack = lookBack;
  }

  /** Redelivery requests per run at most; the rest wait for the next run. */
  public int getMaxRedeliveries() {
    return maxRedeliveries;
  }

  public void setMaxRedeliveries(int maxRedeliveries) {
    this.maxRedeliveries = maxRedeliveries;
  }

  /** Pause between two requests to GitHub. */
  public Duration getSpacing() {
    return spacing;
  }

  public void setSpacing(Duration spacing) {
    this.spacing = spacing;
  }
}
