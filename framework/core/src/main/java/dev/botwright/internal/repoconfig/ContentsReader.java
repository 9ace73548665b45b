package dev.botwright.internal.repoconfig;

import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import dev.botwright.github.RepoRef;
import dev.botwright.repoconfig.RepositoryConfigException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads one file through the contents API, from the cache while it is fresh, then with {@code
 * If-None-Match} so an unchanged file costs GitHub a {@code 304} (which does not count against the
 * rate limit) and no body. Concurrent reads of one file share one request: a burst of deliveries
 * for a repository whose file is not cached yet asks GitHub once, not once per delivery.
 */
final class ContentsReader {

  static final String ROUTE = "GET /repos/{owner}/{repo}/contents/{+path}";

  /** The contents API returns a file's content only up to 1 MB. */
  static final long MAX_BYTES = 1024 * 1024;

  private final ConfigCache cache;
  private final Clock clock;
  private final Duration maxAge;
  private final ConcurrentHashMap<ConfigCache.Key, CompletableFuture<Optional<String>>> inFlight =
      new ConcurrentHashMap<>();

  ContentsReader(ConfigCache cache, Clock clock, Duration maxAge) {
    this.cache = cache;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  /** The file's text; empty when it does not exist or the installation cannot read it. */
  Optional<String> read(
      GitHubClient github, long installationId, RepoRef repo, String path, @Nullable String ref) {
    ConfigCache.Key key = ConfigCache.Key.of(installationId, repo, ref, path);
    Optional<ConfigCache.Entry> cached = cache.get(key);
    Instant now = clock.instant();
    if (cached.isPresent() && cached.get().checked().plus(maxAge).isAfter(now)) {
      return Optional.ofNullable(cached.get().text());
    }
    CompletableFuture<Optional<String>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<String>> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return awaitOther(running);
    }
    try {
      Optional<String> text = fetch(github, key, cached, repo, path, ref, now);
      mine.complete(text);
      return text;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  /** The answer another thread's request for the same file gets, its failure included. */
  private static Optional<String> awaitOther(CompletableFuture<Optional<String>> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private Optional<String> fetch(
      GitHubClient github,
      ConfigCache.Key key,
      Optional<ConfigCache.Entry> cached,
      RepoRef repo,
      String path,
      @Nullable String ref,
      Instant now) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("owner", repo.owner());
    parameters.put("repo", repo.repo());
    parameters.put("path", path);
    if (ref != null) {
      parameters.put("ref", ref);
    }
    cached
        .map(ConfigCache.Entry::etag)
        .ifPresent(etag -> parameters.put("headers", Map.of("If-None-Match", etag)));
    String location = repo + ":" + path;
    GitHubResponse answer;
    try {
      answer = github.request(ROUTE, parameters);
    } catch (GitHubApiException e) {
      if (e.status() == 404) {
        cache.put(key, new ConfigCache.Entry(null, null, now));
        return Optional.empty();
      }
      if (e.status() == 403
          && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("too large")) {
        throw tooLarge(location, -1);
      }
      throw e;
    }
    if (answer.status() == 304 && cached.isPresent()) {
      cache.put(key, cached.get().confirmedAt(now));
      return Optional.ofNullable(cached.get().text());
    }
    String text = decode(answer.body(), location);
    cache.put(key, new ConfigCache.Entry(answer.header("etag").orElse(null), text, now));
    return Optional.of(text);
  }

  private static String decode(JsonNode entry, String location) {
    if (entry.isArray()) {
      throw new RepositoryConfigException(
          location, location + " is a directory; a configuration is one YAML or JSON file.");
    }
    JsonNode type = entry.isObject() ? entry.get("type") : null;
    if (type == null || !"file".equals(type.coerceStringValue())) {
      throw new RepositoryConfigException(
          location,
          location
              + " is a "
              + (type == null ? "thing GitHub did not describe" : type.coerceStringValue())
              + ", not a file; a configuration is one YAML or JSON file.");
    }
    JsonNode size = entry.get("size");
    JsonNode content = entry.get("content");
    JsonNode encoding = entry.get("encoding");
    long bytes = size != null && size.isNumber() ? size.getLongValue() : -1;
    if (bytes > MAX_BYTES
        || content == null
        || encoding == null
        || !"base64".equals(encoding.coerceStringValue())) {
      throw tooLarge(location, bytes);
    }
    byte[] decoded = Base64.getMimeDecoder().decode(content.getStringValue());
    return new String(decoded, StandardCharsets.UTF_8);
  }

  private static RepositoryConfigException tooLarge(String location, long bytes) {
    return new RepositoryConfigException(
        location,
        location
            + (bytes > 0 ? " is " + bytes + " bytes, over" : " is over")
            + " the 1 MB limit for configuration files (GitHub's contents API returns no more):"
            + " make it smaller, e.g. move shared parts to another file and name it in _extends.");
  }
}
