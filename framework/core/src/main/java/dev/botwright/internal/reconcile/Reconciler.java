package dev.botwright.internal.reconcile;

import dev.botwright.config.ReconcileConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClients;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.internal.setup.SetupMode;
import dev.botwright.spi.DeliveryJournal;
import dev.botwright.spi.LeaderLease;
import dev.botwright.spi.RedeliveryRequests;
import dev.botwright.spi.RedeliveryRequests.Request;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over GitHub's record of the app's webhook deliveries: every delivery (by {@code guid})
 * of the look-back with no successful attempt and that the journal does not know is redelivered,
 * oldest first, at most {@code max-redeliveries} per pass. A delivery already asked for is asked
 * again only once GitHub lists a newer attempt that failed too (the redelivery itself was refused,
 * say while Redis was away), and at most {@value #MAX_ASKS} times; what was asked is kept in {@link
 * RedeliveryRequests}, shared in Redis mode, so a new leader does not ask again. Runs only in the
 * process holding the {@value #LEASE} lease.
 */
@Singleton
final class Reconciler {

  static final String LEASE = "reconciler";

  /** Redelivery requests per delivery at most, so a bot that always fails is not asked forever. */
  static final int MAX_ASKS = 3;

  private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

  private final GitHubClients clients;
  private final Optional<DeliveryJournal> journal;
  private final LeaderLease lease;
  private final ReconcileConfiguration config;
  private final SetupMode setup;
  private final Clock clock;

  /** Guids asked GitHub to redeliver, by any leader (shared in Redis mode); kept the look-back. */
  private final RedeliveryRequests requested;

  private final BotwrightMetrics metrics;

  @Inject
  Reconciler(
      GitHubClients clients,
      Optional<DeliveryJournal> journal,
      LeaderLease lease,
      RedeliveryRequests requested,
      ReconcileConfiguration config,
      SetupMode setup,
      BotwrightMetrics metrics) {
    this(clients, journal, lease, requested, config, setup, metrics, Clock.systemUTC());
  }

  Reconciler(
      GitHubClients clients,
      Optional<DeliveryJournal> journal,
      LeaderLease lease,
      RedeliveryRequests requested,
      ReconcileConfiguration config,
      SetupMode setup,
      BotwrightMetrics metrics,
      Clock clock) {
    this.metrics = metrics;
    this.clients = clients;
    this.journal = journal;
    this.lease = lease;
    this.requested = requested;
    this.config = config;
    this.setup = setup;
    this.clock = clock;
  }

  /** Runs one pass and logs one line about it; never throws. */
  synchronized ReconcileRun run() {
    if (setup.isWaiting()) {
      return ReconcileRun.skipped("the app has no credentials yet");
    }
    // Twice the interval: the leader keeps it from run to run; a dead leader's lapses soon after.
    if (!lease.tryAcquire(LEASE, config.getInterval().plus(config.getInterval()))) {
      LOG.debug("Reconciler: another process holds the lease; skipping this run");
      return ReconcileRun.skipped("another process is the leader");
    }
    Instant now = clock.instant();
    Instant cutoff = now.minus(config.getLookBack());
    HookDeliveries github = new HookDeliveries(clients.app(), this::pause);
    ReconcileRun.Counter count = new ReconcileRun.Counter();
    try {
      List<HookDelivery> attempts = github.since(cutoff);
      count.attempts = attempts.size();
      for (List<HookDelivery> delivery : byOldestGuid(attempts)) {
        count.deliveries++;
        String guid = delivery.get(0).guid();
        if (delivery.stream().anyMatch(HookDelivery::succeeded)) {
          count.succeeded++;
        } else if (!mayAsk(requested.get(guid).orElse(null), delivery)) {
          count.alreadyRequested++;
        } else if (known(guid)) {
          count.known++;
        } else if (count.redelivered + count.failed >= config.getMaxRedeliveries()) {
          count.overLimit++;
        } else {
          redeliver(github, delivery, count, now);
        }
      }
    } catch (GitHubApiException | IllegalStateException e) {
      ReconcileRun run = count.failedRun(e.getMessage());
      LOG.warn("Reconciler: {}; the next run tries again", run.summary(config));
      return run;
    }
    ReconcileRun run = count.run();
    if (run.redelivered() + run.failed() > 0) {
      LOG.info("Reconciler: {}", run.summary(config));
    } else {
      LOG.debug("Reconciler: {}", run.summary(config));
    }
    return run;
  }

  private void redeliver(
      HookDeliveries github, List<HookDelivery> delivery, ReconcileRun.Counter count, Instant now) {
    HookDelivery newest = delivery.stream().max(Comparator.comparing(HookDelivery::id)).get();
    pause();
    try {
      github.redeliver(newest.id());
      int asks = requested.get(newest.guid()).map(Request::asks).orElse(0) + 1;
      requested.put(newest.guid(), new Request(newest.id(), now, asks), config.getLookBack());
      count.redelivered++;
      metrics.redeliveryRequested();
    } catch (GitHubApiException e) {
      count.failed++;
      LOG.warn(
          "Reconciler: GitHub refused to redeliver delivery {} (attempt {}): {}",
          newest.guid(),
          newest.id(),
          e.getMessage());
    }
  }

  /**
   * Whether to ask for {@code delivery}: never asked, or GitHub has since made a newer attempt
   * (which failed, or the caller would not be here) and the asks are not used up.
   */
  private static boolean mayAsk(Request earlier, List<HookDelivery> delivery) {
    if (earlier == null) {
      return true;
    }
    long newest = delivery.stream().mapToLong(HookDelivery::id).max().orElse(0);
    return newest > earlier.attemptId() && earlier.asks() < MAX_ASKS;
  }

  private boolean known(String guid) {
    return journal.isPresent() && journal.get().find(guid).isPresent();
  }

  /** The attempts grouped by guid, the guid whose first attempt is oldest first. */
  private static List<List<HookDelivery>> byOldestGuid(List<HookDelivery> newestFirst) {
    Map<String, List<HookDelivery>> byGuid = new LinkedHashMap<>();
    for (HookDelivery attempt : newestFirst) {
      byGuid.computeIfAbsent(attempt.guid(), g -> new java.util.ArrayList<>()).add(attempt);
    }
    return byGuid.values().stream()
        .sorted(
            Comparator.comparing(
                (List<HookDelivery> attempts) ->
                    attempts.stream().map(HookDelivery::deliveredAt).min(Instant::compareTo).get()))
        .toList();
  }

  private void pause() {
    Duration spacing = config.getSpacing();
    if (spacing.isZero() || spacing.isNegative()) {
      return;
    }
    try {
      Thread.sleep(spacing.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
