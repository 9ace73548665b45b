package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Installation tokens ({@code botwright.tokens.*}). */
@ConfigurationProperties("botwright.tokens")
public class TokenConfiguration {

  /** A token is replaced this long before GitHub's {@code expires_at}. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);

  /** Tokens kept in memory (octokit keeps 15,000). */
  public static final int DEFAULT_CACHE_SIZE = 20_000;

  private Duration refreshMargin = DEFAULT_REFRESH_MARGIN;
  private int cacheSize = DEFAULT_CACHE_SIZE;

  /** How long before {@code expires_at} a token is replaced; at least 5 minutes. */
  public Duration getRefreshMargin() {
    return refreshMargin;
  }

  public void setRefreshMargin(Duration refreshMargin) {
    this.refreshMargin =
        refreshMargin.compareTo(DEFAULT_REFRESH_MARGIN) < 0
            ? DEFAULT_REFRESH_MARGIN
            : refreshMargin;
  }

  /** How many installation tokens the in-memory cache keeps. */
  public int getCacheSize() {
    return cacheSize;
  }

  public void setCacheSize(int cacheSize) {
    this.cacheSize = cacheSize;
  }
}
