package dev.botwright.internal.auth;

import dev.botwright.config.TokenConfiguration;
import dev.botwright.spi.InstallationTokenCache;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps tokens in memory; once {@code botwright.tokens.cache-size} are held, each new key evicts a
 * least recently used one.
 *
 * <p>The entries are spread over independently locked segments (access-ordered {@link
 * LinkedHashMap}s) so gets and puts are O(1) and rarely contend, while one shared count enforces
 * the exact bound. A put evicts the least recently used entry of its own segment, which
 * approximates global LRU well because keys spread evenly; small caches use a single segment and
 * are exactly LRU.
 */
@Singleton
@Requires(missingBeans = InstallationTokenCache.class)
@Requires(missingProperty = "botwright.tokens.store-key")
final class InMemoryInstallationTokenCache implements InstallationTokenCache {

  static final int SEGMENTED_FROM = 4096;
  private static final int SEGMENTS = 16;

  private final int capacity;
  private final AtomicInteger size = new AtomicInteger();
  private final Map<Key, Token>[] segments;

  @Inject
  InMemoryInstallationTokenCache(TokenConfiguration config) {
    this(config.getCacheSize());
  }

  @SuppressWarnings("unchecked")
  InMemoryInstallationTokenCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "botwright.tokens.cache-size must be at least 1, but is "
              + capacity
              + "; the default is "
              + TokenConfiguration.DEFAULT_CACHE_SIZE
              + ".");
    }
    this.capacity = capacity;
    segments = new Map[capacity >= SEGMENTED_FROM ? SEGMENTS : 1];
    for (int i = 0; i < segments.length; i++) {
      segments[i] = new LinkedHashMap<>(16, 0.75f, true);
    }
  }

  @Override
  public Optional<Token> get(Key key) {
    Map<Key, Token> segment = segments[indexOf(key)];
    synchronized (segment) {
      return Optional.ofNullable(segment.get(key));
    }
  }

  @Override
  public void put(Key key, Token token) {
    int index = indexOf(key);
    Map<Key, Token> segment = segments[index];
    synchronized (segment) {
      if (segment.put(key, token) != null) {
        return;
      }
    }
    for (int held = size.incrementAndGet(); held > capacity; held = size.get()) {
      // Claim one eviction first, so racing puts never evict more than the overflow.
      if (size.compareAndSet(held, held - 1) && !evictOne(index, key)) {
        size.incrementAndGet();
        return;
      }
    }
  }

  @Override
  public void remove(Key key) {
    Map<Key, Token> segment = segments[indexOf(key)];
    synchronized (segment) {
      if (segment.remove(key) != null) {
        size.decrementAndGet();
      }
    }
  }

  /** How many tokens are held. */
  int size() {
    return size.get();
  }

  /** Evicts the eldest entry of the first segment, from {@code start}, not led by {@code kept}. */
  private boolean evictOne(int start, Key kept) {
    for (int i = 0; i < segments.length; i++) {
      Map<Key, Token> segment = segments[(start + i) % segments.length];
      synchronized (segment) {
        Iterator<Key> eldest = segment.keySet().iterator();
        if (eldest.hasNext() && !eldest.next().equals(kept)) {
          eldest.remove();
          return true;
        }
      }
    }
    return false;
  }

  private int indexOf(Key key) {
    int hash = key.hashCode();
    return ((hash ^ (hash >>> 16)) & 0x7fffffff) % segments.length;
  }
}
