package dev.botwright.internal.client;

import dev.botwright.config.ClientConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubResponse;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.internal.tracing.SpanAttributes;
import dev.botwright.internal.tracing.TraceSpan;
import dev.botwright.internal.tracing.Tracing;
import dev.botwright.spi.GitHubResponseCache;
import dev.botwright.spi.WriteSlots;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one logical request with authorization, retries, rate-limit waits and pacing. Shared by
 * every client of the process, so the concurrency cap and the write pacer are process-wide.
 */
final class RequestExecutor {

  private static final Logger LOG = LoggerFactory.getLogger(RequestExecutor.class);
  static final String API_VERSION = "2022-11-28";
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE");

  private final Transport transport;
  private final ClientConfiguration config;
  private final Sleeper sleeper;
  private final String userAgent;
  private final JsonBodies json;
  private final RateLimits rateLimits;
  private final WritePacer pacer;
  private final Semaphore inFlight;
  private final RateLimitQuotas quotas;
  private final BotwrightMetrics metrics;
  private final ConditionalGets conditional;
  private final Tracing tracing;
  private final RequestHooks hooks;

  RequestExecutor(
      Transport transport,
      ClientConfiguration config,
      Clock clock,
      Sleeper sleeper,
      String userAgent,
      JsonBodies json) {
    this(
        transport,
        config,
        clock,
        sleeper,
        userAgent,
        json,
        new InMemoryWriteSlots(clock),
        new RateLimitQuotas(),
        BotwrightMetrics.disabled(),
        null,
        Tracing.NONE,
        RequestHooks.NONE);
  }

  RequestExecutor(
      Transport transport,
      ClientConfiguration config,
      Clock clock,
      Sleeper sleeper,
      String userAgent,
      JsonBodies json,
      WriteSlots slots,
      RateLimitQuotas quotas,
      BotwrightMetrics metrics,
      @Nullable GitHubResponseCache cache,
      Tracing tracing,
      RequestHooks hooks) {
    this.hooks = hooks;
    this.metrics = metrics;
    this.conditional = new ConditionalGets(cache, metrics);
    this.tracing = tracing;
    this.transport = transport;
    this.quotas = quotas;
    this.config = config;
    this.sleeper = sleeper;
    this.userAgent = userAgent;
    this.json = json;
    this.rateLimits = new RateLimits(config, clock);
    this.pacer = new WritePacer(config.getWriteInterval(), sleeper, slots);
    this.inFlight = new Semaphore(Math.max(1, config.getMaxConcurrentRequests()), true);
  }

  JsonBodies json() {
    return json;
  }

  /**
   * @param route the route, for errors and pacing (never a URL with secrets)
   * @param uri the absolute URI, on the configured host
   * @param body the JSON body, or {@code null}
   */
  GitHubResponse execute(
      RequestAuthorizer authorizer,
      @Nullable String deliveryId,
      Route route,
      URI uri,
      byte @Nullable [] body) {
    HttpExchange answer = exchange(authorizer, deliveryId, route, uri, body, Map.of());
    return new GitHubResponse(answer.status(), answer.headers(), json.read(answer.body()));
  }

  /**
   * {@link #execute} without parsing the answer: its status, headers and bytes.
   *
   * @param extraHeaders headers the caller asked for (checked by {@link RequestHeaders}), sent
   *     after and over the defaults
   */
  HttpExchange exchange(
      RequestAuthorizer authorizer,
      @Nullable String deliveryId,
      Route route,
      URI uri,
      byte @Nullable [] body,
      Map<String, String> extraHeaders) {
    try (TraceSpan span = tracing.request(route.method(), route.template())) {
      try {
        return loop(authorizer, deliveryId, route, uri, body, extraHeaders, span);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        GitHubApiException error =
            new GitHubApiException(
                0, route.toString(), "interrupted while waiting to send or retry", e);
        span.failed(error);
        throw error;
      } catch (RuntimeException e) {
        span.failed(e);
        throw e;
      }
    }
  }

  private HttpExchange loop(
      RequestAuthorizer authorizer,
      @Nullable String deliveryId,
      Route route,
      URI uri,
      byte @Nullable [] body,
      Map<String, String> extraHeaders,
      TraceSpan span)
      throws InterruptedException {
    RequestAuthorizer.Attempts auth = authorizer.start();
    int sends = 0;
    int retries = 0;
    int rateLimitWaits = 0;
    int secondaryWaits = 0;
    int attempt = 0;
    while (true) {
      span.attribute(SpanAttributes.RETRIES, sends++);
      attempt++;
      OptionalLong installation = authorizer.installationId();
      if (config.isPacing() && route.isWrite() && installation.isPresent()) {
        pacer.awaitTurn(installation.getAsLong());
      }
      Map<String, String> headers = headers(auth.authorization(), deliveryId, body != null);
      extraHeaders.forEach(
          (name, value) -> {
            headers.keySet().removeIf(name::equalsIgnoreCase);
            headers.put(name, value);
          });
      ConditionalGets.Pending pending = conditional.prepare(route, installation, uri, headers);
      HttpExchange answer;
      try {
        answer =
            hooks.send(
                route,
                uri,
                headers,
                body,
                installation,
                attempt,
                hooked -> sendFromHook(route, uri, hooked, body));
      } catch (Transport.TransportException e) {
        metrics.githubRequest(route.method(), route.template(), 0);
        boolean safe = !e.maybeProcessed() || IDEMPOTENT.contains(route.method());
        if (safe && retries < config.getMaxRetries()) {
          Duration wait = backoff(retries++);
          LOG.debug("{}: no answer ({}); retry {} in {}", route, e.getMessage(), retries, wait);
          sleeper.sleep(wait);
          continue;
        }
        throw new GitHubApiException(0, route.toString(), e.getMessage(), e);
      }
      metrics.githubRequest(route.method(), route.template(), answer.status());
      traced(span, answer);
      if (installation.isPresent()) {
        quotas.record(installation.getAsLong(), answer);
        recordRemaining(installation.getAsLong(), answer);
      }
      int status = answer.status();
      if (status < 400) {
        return conditional.complete(route, pending, answer);
      }
      String message = json.githubMessage(answer.body());
      if (status == 401) {
        Optional<Duration> wait =
            auth.afterUnauthorized(message == null ? "" : message, RateLimits.githubDate(answer));
        if (wait.isPresent()) {
          sleepIfPositive(wait.get());
          continue;
        }
        throw new GitHubApiException(status, route.toString(), message, null);
      }
      Optional<Duration> rateLimitWait = rateLimits.waitFor(answer, message, secondaryWaits);
      if (rateLimitWait.isPresent()) {
        Duration wait = rateLimitWait.get();
        // Waits are honoured even without pacing: GitHub asked for them, and tests of a bot's
        // resilience need them; max-wait bounds how long.
        if (wait.compareTo(config.getMaxWait()) > 0) {
          throw new GitHubApiException(
              status,
              route.toString(),
              prefix(message)
                  + "rate limited: GitHub asks to wait "
                  + wait
                  + ", longer than botwright.client.max-wait "
                  + config.getMaxWait()
                  + "; retry later or raise max-wait",
              null);
        }
        if (rateLimitWaits++ < config.getMaxRetries()) {
          if (RateLimits.isSecondary(answer)) {
            secondaryWaits++;
          }
          LOG.info("{}: rate limited ({}); waiting {}", route, status, wait);
          sleepIfPositive(wait);
          continue;
        }
      } else if ((status >= 500 || status == 429) && retries < config.getMaxRetries()) {
        Duration wait = backoff(retries++);
        LOG.debug("{}: GitHub answered {}; retry {} in {}", route, status, retries, wait);
        sleeper.sleep(wait);
        continue;
      }
      throw new GitHubApiException(status, route.toString(), message, null);
    }
  }

  private static void traced(TraceSpan span, HttpExchange answer) {
    span.attribute(SpanAttributes.STATUS, answer.status());
    answer
        .header("x-ratelimit-remaining")
        .map(String::trim)
        .filter(v -> !v.isEmpty() && v.chars().allMatch(Character::isDigit) && v.length() < 10)
        .ifPresent(v -> span.attribute(SpanAttributes.RATE_LIMIT_REMAINING, Long.parseLong(v)));
  }

  private void recordRemaining(long installation, HttpExchange answer) {
    Optional<String> remaining = answer.header("x-ratelimit-remaining");
    if (remaining.isPresent()) {
      try {
        metrics.rateLimitRemaining(installation, Integer.parseInt(remaining.get().trim()));
      } catch (NumberFormatException ignored) {
        // Not a count: nothing to show.
      }
    }
  }

  /** {@link #send} for the last hook, which cannot throw {@link InterruptedException}. */
  private HttpExchange sendFromHook(
      Route route, URI uri, Map<String, String> headers, byte @Nullable [] body) {
    try {
      return send(route, uri, headers, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitHubApiException(0, route.toString(), "interrupted while waiting to send", e);
    }
  }

  private HttpExchange send(
      Route route, URI uri, Map<String, String> headers, byte @Nullable [] body)
      throws InterruptedException {
    if (!config.isPacing()) {
      return transport.send(route, uri, headers, body);
    }
    inFlight.acquire();
    try {
      return transport.send(route, uri, headers, body);
    } finally {
      inFlight.release();
    }
  }

  private Map<String, String> headers(
      String authorization, @Nullable String deliveryId, boolean hasBody) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/vnd.github+json");
    headers.put("X-GitHub-Api-Version", API_VERSION);
    headers.put("User-Agent", userAgent);
    headers.put("Authorization", authorization);
    if (deliveryId != null) {
      headers.put("X-GitHub-Delivery", deliveryId);
    }
    if (hasBody) {
      headers.put("Content-Type", "application/json; charset=utf-8");
    }
    return headers;
  }

  private static String prefix(@Nullable String message) {
    return message == null ? "" : message + " - ";
  }

  private Duration backoff(int retriesSoFar) {
    return config.getRetryDelay().multipliedBy(1L << Math.min(retriesSoFar, 20));
  }

  private void sleepIfPositive(Duration wait) throws InterruptedException {
    if (!wait.isZero() && !wait.isNegative()) {
      sleeper.sleep(wait);
    }
  }
}
