package dev.botwright.internal.client;

import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.spi.GitHubResponseCache;
import dev.botwright.spi.GitHubResponseCache.Entry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes GETs conditional: the {@code ETag} / {@code Last-Modified} of a {@code 200} is kept per
 * identity, URL and {@code Accept}, sent back as {@code If-None-Match} / {@code If-Modified-Since},
 * and a {@code 304} is answered with the kept answer (with the {@code 304}'s own rate-limit
 * headers). The identity is the installation, or a hash of the {@code Authorization} header for
 * users and the app, never the token itself. Answers marked {@code no-store} are not kept.
 */
final class ConditionalGets {

  private static final Logger LOG = LoggerFactory.getLogger(ConditionalGets.class);
  private static final Set<String> BODY_HEADERS =
      Set.of("content-length", "content-type", "content-encoding", "transfer-encoding");

  private final @Nullable GitHubResponseCache cache;
  private final BotwrightMetrics metrics;

  ConditionalGets(@Nullable GitHubResponseCache cache, BotwrightMetrics metrics) {
    this.cache = cache;
    this.metrics = metrics;
  }

  /** One attempt's lookup: the key, and the kept answer whose validators were sent. */
  record Pending(@Nullable String key, @Nullable Entry entry) {
    static final Pending NONE = new Pending(null, null);
  }

  /** Adds the validators of a kept answer to a GET's {@code headers}. */
  Pending prepare(Route route, OptionalLong installation, URI uri, Map<String, String> headers) {
    GitHubResponseCache store = cache;
    if (store == null
        || !route.method().equals("GET")
        || header(headers, "If-None-Match") != null
        || header(headers, "If-Modified-Since") != null) {
      return Pending.NONE;
    }
    String authorization = header(headers, "Authorization");
    String identity =
        installation.isPresent()
            ? "installation:" + installation.getAsLong()
            : "auth:" + sha256(authorization == null ? "" : authorization);
    String accept = header(headers, "Accept");
    String key = identity + "\n" + (accept == null ? "" : accept) + "\n" + uri;
    Optional<Entry> kept = store.get(key);
    if (kept.isEmpty()) {
      return new Pending(key, null);
    }
    Entry entry = kept.get();
    first(entry.headers(), "etag").ifPresent(etag -> headers.put("If-None-Match", etag));
    first(entry.headers(), "last-modified")
        .ifPresent(date -> headers.put("If-Modified-Since", date));
    return new Pending(key, entry);
  }

  /** The answer to give the caller: the kept one on a {@code 304}; keeps a new {@code 200}. */
  HttpExchange complete(Route route, Pending pending, HttpExchange answer) {
    String key = pending.key();
    GitHubResponseCache store = cache;
    if (key == null || store == null) {
      return answer;
    }
    Entry entry = pending.entry();
    if (answer.status() == 304 && entry != null) {
      metrics.githubCacheHit();
      LOG.debug("{}: 304 Not Modified, answered from the cache", route);
      Map<String, List<String>> headers = new LinkedHashMap<>(entry.headers());
      answer
          .headers()
          .forEach(
              (name, values) -> {
                if (!BODY_HEADERS.contains(name)) {
                  headers.put(name, values);
                }
              });
      return new HttpExchange(200, headers, entry.body());
    }
    if (answer.status() == 200 && storable(answer)) {
      store.put(key, new Entry(answer.headers(), answer.body()));
    }
    return answer;
  }

  private static boolean storable(HttpExchange answer) {
    boolean validated =
        answer.header("etag").isPresent() || answer.header("last-modified").isPresent();
    String control = answer.header("cache-control").orElse("").toLowerCase(Locale.ROOT);
    return validated && !control.contains("no-store");
  }

  private static Optional<String> first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static @Nullable String header(Map<String, String> headers, String name) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }

  private static String sha256(String value) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
