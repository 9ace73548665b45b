package dev.botwright.internal.reconcile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.ReconcileConfiguration;
import dev.botwright.github.GitHubClients;
import dev.botwright.internal.dispatch.LogCapture;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.internal.metrics.MeterNames;
import dev.botwright.internal.setup.SetupMode;
import dev.botwright.spi.DeliveryJournal;
import dev.botwright.spi.LeaderLease;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

  private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");

  private final FakeAppHook hook = new FakeAppHook();
  private final Lease lease = new Lease();
  private final LocalRedeliveryRequests requests =
      new LocalRedeliveryRequests(Clock.fixed(NOW, ZoneOffset.UTC));
  private ApplicationContext context;
  private ReconcileConfiguration config;

  @BeforeEach
  void start() {
    context =
        ApplicationContext.run(
            Map.of(
                "botwright.github.api-url", hook.baseUrl(), "botwright.reconcile.spacing", "0ms"));
    config = context.getBean(ReconcileConfiguration.class);
    hook.twoPages();
  }

  @AfterEach
  void stop() {
    context.close();
    hook.close();
  }

  private Reconciler reconciler(Optional<DeliveryJournal> journal) {
    return new Reconciler(
        context.getBean(GitHubClients.class),
        journal,
        lease,
        requests,
        config,
        context.getBean(SetupMode.class),
        context.getBean(BotwrightMetrics.class),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private Reconciler reconciler() {
    return reconciler(Optional.of(new KnownDeliveries(Set.of("g-known"))));
  }

  @Test
  void redeliversTheNewestAttemptOfEachFailedUnknownDeliveryOldestFirst() {
    ReconcileRun run = reconciler().run();

    // g-fail's attempts span both pages: its newest attempt (109) is redelivered once.
    assertThat(hook.redelivered()).containsExactly("105", "109");
    assertThat(hook.listedCursors()).containsExactly("-", "v1_p2");
    assertThat(run.attempts()).isEqualTo(6);
    assertThat(run.deliveries()).isEqualTo(4);
    assertThat(run.succeeded()).isEqualTo(1);
    assertThat(run.known()).isEqualTo(1);
    assertThat(run.redelivered()).isEqualTo(2);
    assertThat(run.error()).isNull();
    assertThat(lease.asked).containsExactly("reconciler");
    MeterRegistry meters = context.getBean(MeterRegistry.class);
    assertThat(meters.get(MeterNames.RECONCILE_REDELIVERIES).counter().count()).isEqualTo(2);
    assertThat(
            meters
                .get(MeterNames.GITHUB_REQUESTS)
                .tag("route", "/app/hook/deliveries/{delivery_id}/attempts")
                .counter()
                .count())
        .isEqualTo(2);
    hook.github
        .findAll(
            com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))
        .forEach(r -> assertThat(r.getHeader("Authorization")).startsWith("Bearer "));
  }

  @Test
  void aSecondRunDoesNotAskAgain() {
    Reconciler reconciler = reconciler();
    reconciler.run();

    ReconcileRun second = reconciler.run();

    assertThat(hook.redelivered()).containsExactly("105", "109");
    assertThat(second.alreadyRequested()).isEqualTo(2);
    assertThat(second.redelivered()).isZero();
  }

  @Test
  void aNewLeaderDoesNotAskAgainWhatTheFormerOneAsked() {
    // Two processes sharing their redelivery requests (Redis mode): the leader asks, then dies.
    reconciler().run();

    ReconcileRun newLeader = reconciler().run();

    assertThat(hook.redelivered()).containsExactly("105", "109");
    assertThat(newLeader.alreadyRequested()).isEqualTo(2);
    assertThat(newLeader.redelivered()).isZero();
  }

  @Test
  void requestsAreForgottenAfterTheLookBack() {
    Duration lookBack = Duration.ofDays(3);
    var justInside =
        new dev.botwright.spi.RedeliveryRequests.Request(105, NOW.minus(lookBack).plusMillis(1), 1);
    var expired = new dev.botwright.spi.RedeliveryRequests.Request(106, NOW.minus(lookBack), 1);

    requests.put("g-inside", justInside, lookBack);
    requests.put("g-expired", expired, lookBack);

    assertThat(requests.get("g-inside")).contains(justInside);
    assertThat(requests.get("g-expired")).isEmpty();
  }

  @Test
  void withoutAJournalEveryFailedDeliveryIsUnprocessed() {
    reconciler(Optional.empty()).run();

    assertThat(hook.redelivered()).containsExactly("105", "109", "108");
  }

  @Test
  void redeliveriesPerRunAreBoundedAndTheRestWaitsForTheNextRun() {
    config.setMaxRedeliveries(1);
    Reconciler reconciler = reconciler();

    ReconcileRun first = reconciler.run();
    assertThat(hook.redelivered()).containsExactly("105");
    assertThat(first.overLimit()).isEqualTo(1);

    reconciler.run();
    assertThat(hook.redelivered()).containsExactly("105", "109");
  }

  @Test
  void withoutTheLeaseNothingIsAsked() {
    lease.granted = false;

    ReconcileRun run = reconciler().run();

    assertThat(run.skipped()).isEqualTo("another process is the leader");
    assertThat(hook.github.getAllServeEvents()).isEmpty();
  }

  @Test
  void gitHubFailingToListIsLoggedAndTheNextRunTriesAgain() {
    hook.github.resetAll();
    hook.github.stubFor(
        get(urlPathEqualTo(FakeAppHook.DELIVERIES))
            .willReturn(aResponse().withStatus(500).withBody("{\"message\":\"Server Error\"}")));
    Reconciler reconciler = reconciler();
    LogCapture log = LogCapture.attach();
    ReconcileRun failed;
    try {
      failed = reconciler.run();
    } finally {
      log.detach();
    }

    assertThat(failed.error()).contains("GitHub answered 500");
    assertThat(hook.redelivered()).isEmpty();
    assertThat(log.events())
        .filteredOn(e -> e.getLoggerName().equals(Reconciler.class.getName()))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getFormattedMessage())
                    .startsWith(
                        "Reconciler: stopped: GET /app/hook/deliveries: GitHub answered 500")
                    .endsWith("the next run tries again"));

    hook.github.resetAll();
    hook.twoPages();
    reconciler.run();
    assertThat(hook.redelivered()).containsExactly("105", "109");
  }

  @Test
  void aRefusedRedeliveryIsCountedAndTriedAgainNextRun() {
    hook.github.stubFor(
        post(urlPathEqualTo(FakeAppHook.DELIVERIES + "/105/attempts"))
            .willReturn(
                aResponse().withStatus(422).withBody("{\"message\":\"Validation Failed\"}")));
    Reconciler reconciler = reconciler();

    ReconcileRun first = reconciler.run();
    assertThat(first.failed()).isEqualTo(1);
    assertThat(first.redelivered()).isEqualTo(1);

    ReconcileRun second = reconciler.run();
    assertThat(hook.redelivered()).containsExactly("105", "109", "105");
    assertThat(second.alreadyRequested()).isEqualTo(1);
  }

  @Test
  void aDeliveryWhoseRedeliveryFailedTooIsAskedAgainUpToTheLimit() {
    Reconciler reconciler = reconciler();
    hook.github.resetAll();
    hook.onePage(200);
    reconciler.run();
    ReconcileRun beforeGitHubRetried = reconciler.run();
    assertThat(beforeGitHubRetried.alreadyRequested()).isEqualTo(1);

    // GitHub's redelivery (attempt 201) was refused as well, e.g. while Redis was away.
    hook.onePage(200, 201);
    reconciler.run();
    hook.onePage(200, 201, 202);
    reconciler.run();
    hook.onePage(200, 201, 202, 203);
    ReconcileRun exhausted = reconciler.run();

    assertThat(hook.redelivered()).containsExactly("200", "201", "202");
    assertThat(exhausted.alreadyRequested()).isEqualTo(1);
  }

  @Test
  void readsTheCursorOfTheNextLink() {
    assertThat(
            HookDeliveries.nextCursor(
                    "<https://api.github.com/app/hook/deliveries?per_page=2&cursor=v1_12%3D>;"
                        + " rel=\"next\"")
                .orElseThrow())
        .isEqualTo("v1_12=");
    assertThat(HookDeliveries.nextCursor("<https://x/app/hook/deliveries?page=2>; rel=\"prev\""))
        .isEmpty();
  }

  /** Grants or refuses, and records what was asked. */
  static final class Lease implements LeaderLease {
    volatile boolean granted = true;
    final List<String> asked = new CopyOnWriteArrayList<>();

    @Override
    public boolean tryAcquire(String name, Duration ttl) {
      asked.add(name);
      return granted;
    }

    @Override
    public void release(String name) {}
  }

  /** A journal that knows only some ids. */
  record KnownDeliveries(Set<String> ids) implements DeliveryJournal {
    @Override
    public Optional<DeliveryRecord> find(String id) {
      if (!ids.contains(id)) {
        return Optional.empty();
      }
      return Optional.of(
          new DeliveryRecord(id, "push", 7, DeliveryState.DONE, 1, NOW, NOW, null, List.of()));
    }

    @Override
    public List<DeliveryRecord> list(DeliveryState state, int limit) {
      return List.of();
    }

    @Override
    public ReplayResult replay(String id) {
      return ReplayResult.NOT_FOUND;
    }
  }
}
