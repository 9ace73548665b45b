package dev.botwright.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.InstallationContext;
import dev.botwright.config.ScheduleConfiguration;
import dev.botwright.github.GitHubClients;
import dev.botwright.internal.client.RateLimitQuotas;
import dev.botwright.internal.setup.SetupMode;
import dev.botwright.spi.LeaderLease;
import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.FakeInstallation;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The runner's rules, with a recording pause and a chosen "random" so nothing waits on a clock. */
@BotTest
class ScheduleRunnerTest {

  @Inject GitHubClients clients;
  @Inject JsonMapper mapper;
  @Inject SetupMode setup;

  /** A lease that grants only to the process named "leader", recording what was asked. */
  static final class OneLeader implements LeaderLease {
    final String process;
    final List<String> asked = new ArrayList<>();

    OneLeader(String process) {
      this.process = process;
    }

    @Override
    public boolean tryAcquire(String name, Duration ttl) {
      asked.add(name + " for " + ttl);
      return process.equals("leader");
    }

    @Override
    public void release(String name) {}
  }

  private ScheduleRunner runner(
      LeaderLease lease, ScheduleConfiguration config, List<Duration> pauses) {
    return new ScheduleRunner(
        clients,
        lease,
        new RateLimitQuotas(),
        config,
        mapper,
        setup,
        Clock.systemUTC(),
        pauses::add,
        // "Random" offsets: the whole window for the first installation, then half, then none.
        new java.util.function.LongUnaryOperator() {
          int call;

          @Override
          public long applyAsLong(long bound) {
            return switch (call++) {
              case 0 -> bound;
              case 1 -> bound / 2;
              default -> 0;
            };
          }
        });
  }

  private static ScheduledMethod schedule(Consumer<Object> invoker) {
    return new ScheduledMethod(
        "Test.run", Object.class, "run", Duration.ofHours(1), false, invoker);
  }

  @Inject io.micronaut.context.ApplicationContext context;

  @Test
  void theTestingKitTurnsTheTimersOff() {
    assertThat(context.getProperty("botwright.schedule.enabled", Boolean.class)).contains(false);
    assertThat(context.findBean(ScheduleTicker.class)).isEmpty();
  }

  @Test
  void onlyTheLeaseHolderRuns(FakeGitHub github) {
    github.stubInstallations(FakeInstallation.of(1, "octo-org"));
    Queue<Long> ran = new ConcurrentLinkedQueue<>();
    ScheduledMethod schedule = schedule(c -> ran.add(((InstallationContext) c).installationId()));
    OneLeader leader = new OneLeader("leader");
    OneLeader follower = new OneLeader("follower");

    ScheduleRun led =
        runner(leader, new ScheduleConfiguration(), new ArrayList<>()).run(schedule, Duration.ZERO);
    ScheduleRun followed =
        runner(follower, new ScheduleConfiguration(), new ArrayList<>())
            .run(schedule, Duration.ZERO);

    assertThat(led.calls()).isEqualTo(1);
    assertThat(followed.skipped()).isEqualTo("another process holds the lease");
    assertThat(followed.summary())
        .isEqualTo("Schedule Test.run skipped: another process holds the lease");
    assertThat(ran).containsExactly(1L);
    // The lease outlives one interval by half, so the leader keeps it from run to run.
    assertThat(leader.asked).containsExactly("schedule:Test.run for PT1H30M");
    assertThat(follower.asked).containsExactly("schedule:Test.run for PT1H30M");
  }

  @Test
  void installationsStartAtTheirOffsetsWithinTheJitterWindow(FakeGitHub github) {
    github.stubInstallations(
        FakeInstallation.of(1, "a"), FakeInstallation.of(2, "b"), FakeInstallation.of(3, "c"));
    List<Duration> pauses = new ArrayList<>();
    Queue<Long> order = new ConcurrentLinkedQueue<>();
    ScheduleConfiguration config = new ScheduleConfiguration();
    config.setConcurrency(1);

    ScheduleRun run =
        runner(new OneLeader("leader"), config, pauses)
            .run(
                schedule(c -> order.add(((InstallationContext) c).installationId())),
                Duration.ofSeconds(40));

    assertThat(run.calls()).isEqualTo(3);
    // Offsets 40 s, 20 s and 0 s: started in offset order, each pause the gap to the next.
    assertThat(order).containsExactly(3L, 2L, 1L);
    assertThat(pauses).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20));
    assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus))
        .isLessThanOrEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void noJitterNoPause(FakeGitHub github) {
    github.stubInstallations(FakeInstallation.of(1, "a"), FakeInstallation.of(2, "b"));
    List<Duration> pauses = new ArrayList<>();

    runner(new OneLeader("leader"), new ScheduleConfiguration(), pauses)
        .run(schedule(c -> {}), Duration.ZERO);

    assertThat(pauses).isEmpty();
  }

  @Test
  void atMostConcurrencyInstallationsRunAtOnce(FakeGitHub github) {
    github.stubInstallations(
        FakeInstallation.of(1, "a"),
        FakeInstallation.of(2, "b"),
        FakeInstallation.of(3, "c"),
        FakeInstallation.of(4, "d"),
        FakeInstallation.of(5, "e"),
        FakeInstallation.of(6, "f"));
    ScheduleConfiguration config = new ScheduleConfiguration();
    config.setConcurrency(2);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    // Each call waits until a second one runs beside it: with a bound of 2 they always meet in
    // pairs; a bound of 1 would time out, and a larger one would show in "most".
    CyclicBarrier pair = new CyclicBarrier(2);

    ScheduleRun run =
        runner(new OneLeader("leader"), config, new ArrayList<>())
            .run(
                schedule(
                    c -> {
                      most.accumulateAndGet(running.incrementAndGet(), Math::max);
                      try {
                        pair.await(10, TimeUnit.SECONDS);
                      } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                        throw new IllegalStateException("no second call ran alongside", e);
                      } finally {
                        running.decrementAndGet();
                      }
                    }),
                Duration.ZERO);

    assertThat(run.failures()).isEmpty();
    assertThat(run.calls()).isEqualTo(6);
    assertThat(most.get()).isEqualTo(2);
  }
}
