package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Reading bots' configuration files from repositories ({@code botwright.repo-config.*}), e.g. what
 * {@code ctx.config("my-bot.yml", MyBotConfig.class)} reads.
 */
@ConfigurationProperties("botwright.repo-config")
public class RepositoryConfigConfiguration {

  /**
   * A file read less than this long ago is answered from memory without asking GitHub; after that
   * it is asked for again with its ETag, which costs no rate limit when it is unchanged. A push to
   * the default branch that touches {@code .github/} drops the repository's files at once.
   */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(1);

  /** Files (found or missing) kept in memory at most, over all installations. */
  public static final int DEFAULT_MAX_ENTRIES = 10_000;

  /**
   * Characters of file text kept in memory at most, over all installations (about 2 bytes each).
   */
  public static final long DEFAULT_MAX_CHARS = 16L * 1024 * 1024;

  /** {@code _extends} links followed from one file at most. */
  public static final int DEFAULT_MAX_EXTENDS = 10;

  private Duration maxAge = DEFAULT_MAX_AGE;
  private int maxEntries = DEFAULT_MAX_ENTRIES;
  private long maxChars = DEFAULT_MAX_CHARS;
  private int maxExtends = DEFAULT_MAX_EXTENDS;

  /** How long a file read is trusted without asking GitHub; {@code 0s} asks every time. */
  public Duration getMaxAge() {
    return maxAge;
  }

  public void setMaxAge(Duration maxAge) {
    this.maxAge = maxAge;
  }

  /** Files kept in memory at most; {@code 0} keeps none. */
  public int getMaxEntries() {
    return maxEntries;
  }

  public void setMaxEntries(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  /** Characters of file text kept in memory at most. */
  public long getMaxChars() {
    return maxChars;
  }

  public void setMaxChars(long maxChars) {
    this.maxChars = maxChars;
  }

  /** {@code _extends} links followed from one file at most. */
  public int getMaxExtends() {
    return maxExtends;
  }

  public void setMaxExtends(int maxExtends) {
    this.maxExtends = maxExtends;
  }
}
