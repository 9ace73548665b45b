package dev.botwright.auth;

import dev.botwright.config.TokenConfiguration;
import dev.botwright.spi.InstallationTokenCache;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps tokens in memory, least recently used evicted first once {@code
 * botwright.tokens.cache-size} are held.
 *
 * <p>Large caches are split into 16 independently locked segments, each an access-ordered {@link
 * LinkedHashMap} holding its share of the bound, so gets and puts are O(1) and rarely contend.
 * Eviction is then least-recently-used per segment, which is close enough for tokens; small caches
 * use one segment and are exactly LRU.
 */
@Singleton
@Requires(missingBeans = InstallationTokenCache.class)
final class InMemoryInstallationTokenCache implements InstallationTokenCache {

  static final int SEGMENTED_FROM = 4096;
  private static final int SEGMENTS = 16;

  private final Segment[] segments;

  @Inject
  InMemoryInstallationTokenCache(TokenConfiguration config) {
    this(config.getCacheSize());
  }

  InMemoryInstallationTokenCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "botwright.tokens.cache-size must be at least 1, but is "
              + capacity
              + "; the default is "
              + TokenConfiguration.DEFAULT_CACHE_SIZE
              + ".");
    }
    int count = capacity >= SEGMENTED_FROM ? SEGMENTS : 1;
    segments = new Segment[count];
    for (int i = 0; i < count; i++) {
      // Spread the remainder so the segments add up to exactly the configured bound.
      segments[i] = new Segment(capacity / count + (i < capacity % count ? 1 : 0));
    }
  }

  @Override
  public Optional<Token> get(Key key) {
    Segment segment = segmentFor(key);
    synchronized (segment) {
      return Optional.ofNullable(segment.get(key));
    }
  }

  @Override
  public void put(Key key, Token token) {
    Segment segment = segmentFor(key);
    synchronized (segment) {
      segment.put(key, token);
    }
  }

  @Override
  public void remove(Key key) {
    Segment segment = segmentFor(key);
    synchronized (segment) {
      segment.remove(key);
    }
  }

  /** How many tokens are held. */
  int size() {
    int size = 0;
    for (Segment segment : segments) {
      synchronized (segment) {
        size += segment.size();
      }
    }
    return size;
  }

  private Segment segmentFor(Key key) {
    int hash = key.hashCode();
    return segments[((hash ^ (hash >>> 16)) & 0x7fffffff) % segments.length];
  }

  private static final class Segment extends LinkedHashMap<Key, Token> {

    private final int capacity;

    Segment(int capacity) {
      super(16, 0.75f, true);
      this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Token> eldest) {
      return size() > capacity;
    }
  }
}
