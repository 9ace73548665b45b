package dev.botwright.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the GitHub client keeps answers to GETs so it can ask again conditionally ({@code
 * If-None-Match} / {@code If-Modified-Since}) and answer a {@code 304} from here; GitHub does not
 * count a {@code 304} against the rate limit. The default keeps answers in memory, bounded in bytes
 * ({@code botwright.client.cache.*}); the Redis module shares them between processes, encrypted.
 * Replace it by declaring a bean of this type. Implementations must be thread-safe.
 *
 * <p>A key already names who asked (an installation, or a hash of a user's token, never the token),
 * the URL and the {@code Accept} header, so an answer is never served to another identity.
 */
public interface GitHubResponseCache {

  /** The answer stored under {@code key}, if any. */
  Optional<Entry> get(String key);

  /** Stores {@code entry} under {@code key}, replacing any older one. */
  void put(String key, Entry entry);

  /**
   * One {@code 200} answer.
   *
   * @param headers header values by lower-case name (with {@code etag} or {@code last-modified})
   * @param body the body bytes; not copied, never changed by the client
   */
  @SuppressWarnings("ArrayRecordComponent") // bodies are shared read-only; copying costs the heap
  record Entry(Map<String, List<String>> headers, byte[] body) {

    public Entry {
      headers = Map.copyOf(headers);
    }

    /** Roughly how many bytes of heap the entry holds, for byte-bounded caches. */
    public long weight() {
      long weight = body.length + 64L;
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        weight += header.getKey().length() + 32L;
        for (String value : header.getValue()) {
          weight += value.length() + 16L;
        }
      }
      return weight;
    }
  }
}
