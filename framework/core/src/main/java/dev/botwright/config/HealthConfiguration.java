package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Thresholds of Botwright's health indicators ({@code botwright.health.*}, environment {@code
 * BOTWRIGHT_HEALTH_*}) on Micronaut's {@code /health}, {@code /health/readiness} and {@code
 * /health/liveness}.
 */
@ConfigurationProperties("botwright.health")
public class HealthConfiguration {

  /**
   * 100 MB: room for hundreds of ordinary deliveries and a compaction's copy of a segment, enough
   * warning before appends fail for want of space.
   */
  public static final long DEFAULT_JOURNAL_MIN_FREE_BYTES = 100L * 1024 * 1024;

  /** A tenth of the default queue capacity: well before intake refuses anything. */
  public static final int DEFAULT_BACKLOG_THRESHOLD =
      DispatchConfiguration.DEFAULT_QUEUE_CAPACITY / 10;

  private long journalMinFreeBytes = DEFAULT_JOURNAL_MIN_FREE_BYTES;
  private int backlogThreshold = DEFAULT_BACKLOG_THRESHOLD;

  /** Free bytes on the journal's file system below which the bot is not ready. */
  public long getJournalMinFreeBytes() {
    return journalMinFreeBytes;
  }

  public void setJournalMinFreeBytes(long journalMinFreeBytes) {
    this.journalMinFreeBytes = journalMinFreeBytes;
  }

  /**
   * Unfinished deliveries above which the backlog indicator reports {@code BACKLOG}: shown, but
   * neither readiness nor liveness fails for it.
   */
  public int getBacklogThreshold() {
    return backlogThreshold;
  }

  public void setBacklogThreshold(int backlogThreshold) {
    this.backlogThreshold = backlogThreshold;
  }
}
