package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/** Installation tokens ({@code botwright.tokens.*}). */
@ConfigurationProperties("botwright.tokens")
public class TokenConfiguration {

  /** A token is replaced this long before GitHub's {@code expires_at}. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);

  /** Tokens kept in memory (octokit keeps 15,000). */
  public static final int DEFAULT_CACHE_SIZE = 20_000;

  /** Where tokens are persisted when {@code store-key} is set. */
  public static final String DEFAULT_STORE_FILE = ".botwright/installation-tokens.json";

  private Duration refreshMargin = DEFAULT_REFRESH_MARGIN;
  private int cacheSize = DEFAULT_CACHE_SIZE;
  @Nullable private String storeKey;
  private String storeFile = DEFAULT_STORE_FILE;

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

  /**
   * The secret that encrypts persisted tokens (AES-GCM with a key derived from it). When set,
   * tokens survive restarts in {@link #getStoreFile()}; when unset they are kept in memory only.
   */
  @Nullable
  public String getStoreKey() {
    return storeKey;
  }

  public void setStoreKey(@Nullable String storeKey) {
    this.storeKey = AppConfiguration.blankToNull(storeKey);
  }

  /** The file persisted tokens are kept in. */
  public String getStoreFile() {
    return storeFile;
  }

  public void setStoreFile(String storeFile) {
    this.storeFile = storeFile == null || storeFile.isBlank() ? DEFAULT_STORE_FILE : storeFile;
  }

  @Override
  public String toString() {
    return "TokenConfiguration[refreshMargin="
        + refreshMargin
        + ", cacheSize="
        + cacheSize
        + ", storeFile="
        + storeFile
        + "]";
  }
}
