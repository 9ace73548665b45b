package dev.botwright.internal.metrics;

import io.micronaut.core.annotation.Internal;
import java.util.List;

/**
 * The names of Botwright's meters, in Micrometer's dotted form. Prometheus renders them with
 * underscores, a {@code _total} suffix on counters and {@code _seconds} on timers: {@link
 * #PROMETHEUS} lists the names a scrape shows, as docs/operations.md and the dashboard use them.
 */
@Internal
public final class MeterNames {

  /** Counter; tags {@code event}, {@code action}, {@code outcome} ({@link DeliveryOutcome}). */
  public static final String DELIVERIES = "botwright.deliveries";

  /** Timer with a histogram; tag {@code handler} ({@code BeanClass#method}). */
  public static final String HANDLER = "botwright.handler";

  /** Gauge: deliveries accepted and not finished, in this process's view of the storage. */
  public static final String QUEUE_DEPTH = "botwright.queue.depth";

  /** Gauge: bytes of the journal's segment files (only with the embedded journal). */
  public static final String JOURNAL_BYTES = "botwright.journal.bytes";

  /** Counter: installation tokens minted. */
  public static final String TOKEN_MINTS = "botwright.token.mints";

  /** Counter: installation tokens served from the cache. */
  public static final String TOKEN_CACHE_HITS = "botwright.token.cache.hits";

  public static final String GITHUB_CACHE_HITS = "botwright.github.cache.hits";

  /** Counter; tags {@code method}, {@code route} (a template or {@code other}), {@code status}. */
  public static final String GITHUB_REQUESTS = "botwright.github.requests";

  /** Gauge; tag {@code installation}: the last few installations that called GitHub. */
  public static final String RATE_LIMIT_REMAINING = "botwright.github.rate.limit.remaining";

  /** Counter: redeliveries the reconciler asked GitHub for. */
  public static final String RECONCILE_REDELIVERIES = "botwright.reconcile.redeliveries";

  /** The names as Prometheus shows them (a histogram adds _bucket, _count and _sum). */
  public static final List<String> PROMETHEUS =
      List.of(
          "botwright_deliveries_total",
          "botwright_handler_seconds",
          "botwright_queue_depth",
          "botwright_journal_bytes",
          "botwright_token_mints_total",
          "botwright_token_cache_hits_total",
          "botwright_github_requests_total",
          "botwright_github_rate_limit_remaining",
          "botwright_reconcile_redeliveries_total");

  private MeterNames() {}
}
