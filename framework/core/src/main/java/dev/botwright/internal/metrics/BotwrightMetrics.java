package dev.botwright.internal.metrics;

import dev.botwright.config.MetricsConfiguration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.core.annotation.Internal;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the engine tells about its work, as Micrometer meters ({@link MeterNames}). Every method is
 * cheap enough for the delivery path: meters are resolved once and kept. Without a {@link
 * MeterRegistry} (metrics turned off) every method does nothing that anyone sees.
 */
@Internal
@Singleton
public final class BotwrightMetrics {

  private final MeterRegistry registry;
  private final DeliveryMeters deliveries;
  private final GitHubRequestMeters requests;
  private final RateLimitGauges rateLimits;
  private final Counter tokenMints;
  private final Counter tokenCacheHits;
  private final Counter githubCacheHits;
  private final Counter redeliveries;
  private final Map<String, Timer> handlers = new ConcurrentHashMap<>();

  @Inject
  BotwrightMetrics(@Nullable MeterRegistry registry, MetricsConfiguration config) {
    this(
        registry == null || !config.isEnabled() ? new CompositeMeterRegistry() : registry,
        config.getRateLimitInstallations());
  }

  /** Over {@code registry}, showing the rate limits of {@code rateLimitInstallations}. */
  public BotwrightMetrics(MeterRegistry registry, int rateLimitInstallations) {
    this.registry = registry;
    this.deliveries = new DeliveryMeters(registry);
    this.requests = new GitHubRequestMeters(registry);
    this.rateLimits = new RateLimitGauges(registry, rateLimitInstallations);
    this.tokenMints =
        Counter.builder(MeterNames.TOKEN_MINTS)
            .description("Installation tokens minted")
            .register(registry);
    this.tokenCacheHits =
        Counter.builder(MeterNames.TOKEN_CACHE_HITS)
            .description("Installation tokens served from the cache")
            .register(registry);
    this.githubCacheHits =
        Counter.builder(MeterNames.GITHUB_CACHE_HITS)
            .description("GitHub GETs answered 304 and served from the conditional-request cache")
            .register(registry);
    this.redeliveries =
        Counter.builder(MeterNames.RECONCILE_REDELIVERIES)
            .description("Redeliveries the reconciler asked GitHub for")
            .register(registry);
  }

  /** Meters nobody reads: for engine classes built outside a context (tests, benchmarks). */
  public static BotwrightMetrics disabled() {
    return new BotwrightMetrics(new CompositeMeterRegistry(), 0);
  }

  /**
   * Counts one delivery (intake) or one attempt (the runner).
   *
   * @param event the {@code X-GitHub-Event} value, checked against GitHub's catalog
   * @param action the payload's action, or {@code null} (none, or the payload was not read)
   */
  public void delivery(String event, @Nullable String action, DeliveryOutcome outcome) {
    deliveries.count(event, action, outcome);
  }

  /** Records how long handler {@code name} ({@code BeanClass#method}) ran, in nanoseconds. */
  public void handler(String name, long nanos) {
    Timer timer = handlers.get(name);
    if (timer == null) {
      timer = handlers.computeIfAbsent(name, this::handlerTimer);
    }
    timer.record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer handlerTimer(String name) {
    return Timer.builder(MeterNames.HANDLER)
        .description("Time handlers took, per handler method")
        .tag("handler", name)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofMinutes(5))
        .register(registry);
  }

  public void tokenMinted() {
    tokenMints.increment();
  }

  public void tokenCacheHit() {
    tokenCacheHits.increment();
  }

  /**
   * Counts one GET answered {@code 304} and served from the cache (a request GitHub did not count).
   */
  public void githubCacheHit() {
    githubCacheHits.increment();
  }

  public void redeliveryRequested() {
    redeliveries.increment();
  }

  /**
   * Counts one answer from GitHub (each retry is one).
   *
   * @param template the route's path template; one Botwright does not know counts as "other"
   * @param status the status, or 0 when no answer came
   */
  public void githubRequest(String method, String template, int status) {
    requests.count(method, template, status);
  }

  /** What GitHub's last answer to {@code installationId} said of its remaining requests. */
  public void rateLimitRemaining(long installationId, int remaining) {
    rateLimits.record(installationId, remaining);
  }

  /** Shows {@code depth} as the queue's depth; read at each scrape. */
  public void queueDepth(Supplier<Number> depth) {
    gauge(MeterNames.QUEUE_DEPTH, "Deliveries accepted and not finished", depth);
  }

  /** Shows {@code bytes} as the journal's size on disk; read at each scrape. */
  public void journalBytes(Supplier<Number> bytes) {
    gauge(MeterNames.JOURNAL_BYTES, "Bytes of the journal's segment files", bytes);
  }

  private void gauge(String name, String description, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).strongReference(true).register(registry);
  }
}
