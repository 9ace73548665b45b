package dev.botwright.internal.client.cache;

import dev.botwright.config.ClientCacheConfiguration;
import dev.botwright.spi.GitHubResponseCache;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers kept in this process, at most {@code botwright.client.cache.max-bytes} of them (bodies,
 * headers and keys); storing past the bound evicts the least recently used first.
 */
@Singleton
@Requires(missingBeans = GitHubResponseCache.class)
@Requires(property = "botwright.client.cache.enabled", notEquals = "false")
public final class InMemoryGitHubResponseCache implements GitHubResponseCache {

  private final long maxBytes;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  @Inject
  InMemoryGitHubResponseCache(ClientCacheConfiguration config) {
    this(config.getMaxBytes());
  }

  /** A cache holding at most {@code maxBytes}. */
  public InMemoryGitHubResponseCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public synchronized Optional<Entry> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public synchronized void put(String key, Entry entry) {
    long weight = weight(key, entry);
    Entry old = entries.remove(key);
    if (old != null) {
      bytes -= weight(key, old);
    }
    if (weight > maxBytes) {
      return;
    }
    entries.put(key, entry);
    bytes += weight;
    Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      Map.Entry<String, Entry> next = eldest.next();
      bytes -= weight(next.getKey(), next.getValue());
      eldest.remove();
    }
  }

  /** The bytes held now. */
  public synchronized long bytes() {
    return bytes;
  }

  private static long weight(String key, Entry entry) {
    return key.length() + entry.weight();
  }
}
