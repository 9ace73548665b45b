package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * The GitHub client's conditional-request cache ({@code botwright.client.cache.*}): answers to GETs
 * kept per identity, URL and {@code Accept}, revalidated with {@code If-None-Match} / {@code
 * If-Modified-Since}.
 */
@ConfigurationProperties("botwright.client.cache")
public class ClientCacheConfiguration {

  /** 16 MiB: a few thousand typical answers, small next to a 256 MB heap. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  public static final Duration DEFAULT_REDIS_TTL = Duration.ofHours(24);

  private boolean enabled = true;
  private long maxBytes = DEFAULT_MAX_BYTES;
  private Duration redisTtl = DEFAULT_REDIS_TTL;

  /** Whether GETs are cached and revalidated at all. */
  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The most bytes of answers (bodies and headers) kept in memory; the least recently used go
   * first. An answer larger than this is not kept. In Redis mode, the largest answer kept.
   */
  public long getMaxBytes() {
    return maxBytes;
  }

  public void setMaxBytes(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** In Redis mode, how long an answer is kept after it was last stored. */
  public Duration getRedisTtl() {
    return redisTtl;
  }

  public void setRedisTtl(Duration redisTtl) {
    this.redisTtl = redisTtl;
  }
}
