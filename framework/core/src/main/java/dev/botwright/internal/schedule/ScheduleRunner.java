package dev.botwright.internal.schedule;

import dev.botwright.config.ScheduleConfiguration;
import dev.botwright.event.Installation;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubClients;
import dev.botwright.internal.client.RateLimitQuotas;
import dev.botwright.internal.setup.SetupMode;
import dev.botwright.spi.LeaderLease;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One run of one schedule: under the schedule's lease, lists the installations, leaves out the
 * suspended ones and those low on rate limit, starts each at a random offset within the jitter
 * window, {@code concurrency} at a time, and calls the method once per installation or once per
 * repository. A call that throws is logged and counted; the others still run.
 */
@Singleton
final class ScheduleRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleRunner.class);

  /** Waits; replaced in tests so that jitter is observed without a clock. */
  interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final GitHubClients clients;
  private final LeaderLease lease;
  private final RateLimitQuotas quotas;
  private final ScheduleConfiguration config;
  private final JsonMapper mapper;
  private final SetupMode setup;
  private final Clock clock;
  private final Pause pause;
  private final LongUnaryOperator random;

  @Inject
  ScheduleRunner(
      GitHubClients clients,
      LeaderLease lease,
      RateLimitQuotas quotas,
      ScheduleConfiguration config,
      JsonMapper mapper,
      SetupMode setup) {
    this(
        clients,
        lease,
        quotas,
        config,
        mapper,
        setup,
        Clock.systemUTC(),
        d -> Thread.sleep(d.toMillis()),
        bound -> bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1));
  }

  /**
   * @param random {@code bound -> } a value in {@code [0, bound]}
   */
  ScheduleRunner(
      GitHubClients clients,
      LeaderLease lease,
      RateLimitQuotas quotas,
      ScheduleConfiguration config,
      JsonMapper mapper,
      SetupMode setup,
      Clock clock,
      Pause pause,
      LongUnaryOperator random) {
    this.clients = clients;
    this.lease = lease;
    this.quotas = quotas;
    this.config = config;
    this.mapper = mapper;
    this.setup = setup;
    this.clock = clock;
    this.pause = pause;
    this.random = random;
  }

  /**
   * Runs {@code schedule} once; never throws.
   *
   * @param jitter the window over which installations start ({@code 0} starts them at once)
   */
  ScheduleRun run(ScheduledMethod schedule, Duration jitter) {
    String name = schedule.name();
    if (setup.isWaiting()) {
      return ScheduleRun.skipped(name, "the app has no credentials yet");
    }
    // Half an interval of slack: the leader renews it every run; a dead leader's lapses soon.
    Duration ttl = schedule.every().plus(schedule.every().dividedBy(2));
    if (!lease.tryAcquire(schedule.lease(), ttl)) {
      LOG.debug("Schedule {}: another process holds the lease; skipping this run", name);
      return ScheduleRun.skipped(name, "another process holds the lease");
    }
    List<Installation> installations;
    try {
      installations = clients.app().repos().listInstallations().toList();
    } catch (RuntimeException e) {
      ScheduleRun run =
          ScheduleRun.skipped(name, "the installations could not be listed: " + e.getMessage());
      LOG.warn("{}; the next run tries again", run.summary());
      return run;
    }
    Tally tally = new Tally();
    List<Planned> plan = new ArrayList<>();
    long window = Math.max(0, jitter.toMillis());
    for (Installation installation : installations) {
      if (installation.suspendedAt() != null) {
        tally.suspended.incrementAndGet();
      } else if (lowOnRateLimit(name, installation.id())) {
        tally.rateLimited.incrementAndGet();
      } else {
        plan.add(new Planned(installation, random.applyAsLong(window)));
      }
    }
    plan.sort(Comparator.comparingLong(Planned::offsetMillis));
    execute(schedule, plan, tally);
    ScheduleRun run =
        new ScheduleRun(
            name,
            null,
            installations.size(),
            tally.suspended.get(),
            tally.rateLimited.get(),
            tally.calls.get(),
            List.copyOf(tally.failures));
    if (run.failed() > 0) {
      LOG.warn(run.summary());
    } else {
      LOG.info(run.summary());
    }
    return run;
  }

  private boolean lowOnRateLimit(String name, long installationId) {
    int minimum = config.getMinRateLimitRemaining();
    OptionalInt remaining = quotas.remaining(installationId, clock.instant());
    if (minimum <= 0 || remaining.isEmpty() || remaining.getAsInt() >= minimum) {
      return false;
    }
    LOG.info(
        "Schedule {}: installation {} has {} requests left (below"
            + " botwright.schedule.min-rate-limit-remaining {}); skipping it this run",
        name,
        installationId,
        remaining.getAsInt(),
        minimum);
    return true;
  }

  /** Starts each installation at its offset, at most {@code concurrency} at once, and waits. */
  private void execute(ScheduledMethod schedule, List<Planned> plan, Tally tally) {
    int threads = Math.max(1, Math.min(config.getConcurrency(), Math.max(1, plan.size())));
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread thread = new Thread(r, "schedule-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      long waited = 0;
      for (Planned planned : plan) {
        if (planned.offsetMillis() > waited) {
          pause.sleep(Duration.ofMillis(planned.offsetMillis() - waited));
          waited = planned.offsetMillis();
        }
        pool.execute(() -> runInstallation(schedule, planned.installation(), tally));
      }
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        LOG.debug("Schedule {}: still running", schedule.name());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
    }
  }

  private void runInstallation(ScheduledMethod schedule, Installation installation, Tally tally) {
    String account = installation.account() == null ? "" : installation.account().login();
    Map<String, String> mdc = new HashMap<>();
    mdc.put("schedule", schedule.name());
    mdc.put("installationId", Long.toString(installation.id()));
    GitHubClient github = clients.installation(installation.id());
    DefaultInstallationContext context =
        new DefaultInstallationContext(
            installation.id(), account, github, mapper, schedule.beanType(), mdc);
    if (!schedule.perRepository()) {
      call(schedule, context, context.mdc(), tally);
      return;
    }
    try {
      github
          .repos()
          .listForInstallation()
          .forEach(
              repository -> {
                DefaultRepositoryContext repo =
                    new DefaultRepositoryContext(context, repository, mapper, schedule.beanType());
                call(schedule, repo, repo.mdc(), tally);
              });
    } catch (RuntimeException e) {
      fail(schedule, "listing the repositories of " + context, e, tally);
    }
  }

  private void call(
      ScheduledMethod schedule, Object context, Map<String, String> mdc, Tally tally) {
    mdc.forEach(MDC::put);
    try {
      schedule.invoker().accept(context);
      tally.calls.incrementAndGet();
    } catch (Exception e) {
      fail(schedule, context.toString(), e, tally);
    } finally {
      mdc.keySet().forEach(MDC::remove);
    }
  }

  private static void fail(ScheduledMethod schedule, String where, Exception e, Tally tally) {
    tally.failures.add(where + ": " + e);
    LOG.warn("Schedule {} failed for {}; the others still run", schedule.name(), where, e);
  }

  private record Planned(Installation installation, long offsetMillis) {}

  private static final class Tally {
    final AtomicInteger suspended = new AtomicInteger();
    final AtomicInteger rateLimited = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  }
}
