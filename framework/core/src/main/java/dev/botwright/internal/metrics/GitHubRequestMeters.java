package dev.botwright.internal.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code botwright.github.requests} by method, route template and status. A template outside {@link
 * GitHubRoutes} (a bot that wrote a concrete path, or a route Botwright does not know) counts as
 * {@value #OTHER}: a label never holds an owner, a repository or a number.
 */
final class GitHubRequestMeters {

  static final String OTHER = "other";

  /** The status label of a request that got no answer (a connection error or a timeout). */
  static final String NO_ANSWER = "none";

  private record Key(String method, String route, int status) {}

  private final MeterRegistry registry;
  private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

  GitHubRequestMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * @param method the HTTP method, one of the few the client sends
   * @param template the route's path template, e.g. {@code /repos/{owner}/{repo}}
   * @param status the answer's status, or 0 when there was none
   */
  void count(String method, String template, int status) {
    String route = GitHubRoutes.isKnown(template) ? template : OTHER;
    counters.computeIfAbsent(new Key(method, route, status), this::register).increment();
  }

  private Counter register(Key key) {
    return Counter.builder(MeterNames.GITHUB_REQUESTS)
        .description("Requests to GitHub's API by method, route template and answer status")
        .tag("method", key.method())
        .tag("route", key.route())
        .tag("status", key.status() == 0 ? NO_ANSWER : Integer.toString(key.status()))
        .register(registry);
  }
}
