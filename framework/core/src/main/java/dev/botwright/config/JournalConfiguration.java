package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded delivery journal ({@code botwright.journal.*}, environment {@code
 * BOTWRIGHT_JOURNAL_*}): every accepted delivery is written to local disk before the 202.
 */
@ConfigurationProperties("botwright.journal")
public class JournalConfiguration {

  /** Under the working directory, like {@code .env}. */
  public static final String DEFAULT_DIR = ".botwright/journal";

  /**
   * GitHub lets an app redeliver deliveries of the past 3 days, with the same id; one more day
   * covers the reconciler's look-back and clock skew, so every redelivery is still recognised.
   */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(4);

  /** Large enough that rotation is rare, small enough that compaction reads little at a time. */
  public static final long DEFAULT_SEGMENT_BYTES = 64L * 1024 * 1024;

  /** How often finished deliveries' payloads and expired ids are dropped from disk. */
  public static final Duration DEFAULT_COMPACTION_INTERVAL = Duration.ofMinutes(10);

  /**
   * Finished deliveries remembered in memory (for de-duplication, {@code find} and replay):
   * 200,000, or fewer on a small heap (about 300 bytes each, at most a sixteenth of the heap).
   */
  public static final int DEFAULT_MAX_REMEMBERED =
      (int) Math.min(200_000, Runtime.getRuntime().maxMemory() / 16 / 300);

  private int maxRemembered = DEFAULT_MAX_REMEMBERED;
  private boolean enabled = true;
  private String dir = DEFAULT_DIR;
  private boolean fsync;
  private Duration retention = DEFAULT_RETENTION;
  private long segmentBytes = DEFAULT_SEGMENT_BYTES;
  private Duration compactionInterval = DEFAULT_COMPACTION_INTERVAL;

  /** Whether deliveries are journaled on disk (off: the in-memory queue, lost on restart). */
  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** The journal's directory; one process per directory. */
  public String getDir() {
    return dir;
  }

  public void setDir(String dir) {
    this.dir = dir;
  }

  /** {@link #getDir()} as a path. */
  public Path path() {
    return Path.of(dir);
  }

  /**
   * Whether each group commit is forced to the device: survives a machine crash, not only a process
   * crash, at the cost of one device flush per batch.
   */
  public boolean isFsync() {
    return fsync;
  }

  public void setFsync(boolean fsync) {
    this.fsync = fsync;
  }

  /** How long finished deliveries (and their ids, for de-duplication) are kept. */
  public Duration getRetention() {
    return retention;
  }

  public void setRetention(Duration retention) {
    this.retention = retention;
  }

  /**
   * How many finished deliveries are remembered within the retention; beyond it the oldest are
   * forgotten first (in memory at once, on disk at the next compaction), so memory stays bounded
   * whatever the traffic.
   */
  public int getMaxRemembered() {
    return maxRemembered;
  }

  public void setMaxRemembered(int maxRemembered) {
    this.maxRemembered = maxRemembered;
  }

  /** Size after which the journal starts a new segment file. */
  public long getSegmentBytes() {
    return segmentBytes;
  }

  public void setSegmentBytes(long segmentBytes) {
    this.segmentBytes = segmentBytes;
  }

  /** Time between compactions. */
  public Duration getCompactionInterval() {
    return compactionInterval;
  }

  public void setCompactionInterval(Duration compactionInterval) {
    this.compactionInterval = compactionInterval;
  }
}
