package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.botwright.InstallationContext;
import dev.botwright.OnSchedule;
import dev.botwright.RepositoryContext;
import dev.botwright.github.GitHubClients;
import dev.botwright.github.InstallationRepository;
import dev.botwright.github.IssueRef;
import dev.botwright.internal.client.RateLimitQuotas;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * @OnSchedule methods run now through the testing kit, across the fake's installations.
 */
@BotTest
@Property(name = "spec.name", value = "ScheduleBotTest")
class ScheduleBotTest {

  static final String COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

  /** Comments on issue 1 of every repository; fails on purpose for the account "broken". */
  @Singleton
  @Requires(property = "spec.name", value = "ScheduleBotTest")
  static class Sweeper {
    final Queue<String> seen = new ConcurrentLinkedQueue<>();

    @OnSchedule(every = "1h")
    void perRepository(RepositoryContext ctx) {
      seen.add(ctx.installationId() + ":" + ctx.repo());
      ctx.log().info("Sweeping {}", ctx.repo());
      if (ctx.account().equals("broken")) {
        throw new IllegalStateException("boom in " + ctx.repo());
      }
      ctx.github().issues().createComment(new IssueRef(ctx.repo(), 1), "Still open?");
    }

    @OnSchedule(every = "1d")
    void perInstallation(InstallationContext ctx) {
      seen.add(ctx.installationId() + ":" + ctx.account());
      if (ctx.account().equals("broken")) {
        throw new IllegalStateException("boom for " + ctx.account());
      }
    }
  }

  @Inject Sweeper sweeper;
  @Inject GitHubClients clients;
  @Inject RateLimitQuotas quotas;

  @BeforeEach
  void forget() {
    sweeper.seen.clear();
  }

  @Test
  void runsForEveryRepositoryOfEveryActiveInstallation(
      FakeGitHub github, ScheduleTrigger schedules) {
    github.stubInstallations(
        FakeInstallation.of(1, "octo-org", "octo-org/api", "octo-org/web"),
        FakeInstallation.of(2, "octocat", "octocat/hello"),
        FakeInstallation.of(3, "gone", "gone/old").suspended());

    ScheduleResult run = schedules.run(Sweeper.class, "perRepository").assertNoFailures();

    assertThat(run.calls()).isEqualTo(3);
    assertThat(run.installations()).isEqualTo(3);
    assertThat(run.suspended()).isEqualTo(1);
    assertThat(sweeper.seen)
        .containsExactlyInAnyOrder("1:octo-org/api", "1:octo-org/web", "2:octocat/hello");
    assertThat(github.assertCalled(COMMENTS).calls())
        .extracting(Call::path)
        .containsExactlyInAnyOrder(
            "/repos/octo-org/api/issues/1/comments",
            "/repos/octo-org/web/issues/1/comments",
            "/repos/octocat/hello/issues/1/comments");
    // The suspended installation got no token: nothing was asked of GitHub for it.
    assertThat(github.tokenMints(3)).isZero();
  }

  @Test
  void theContextsLoggerCarriesTheScheduleInstallationAndRepository(
      FakeGitHub github, ScheduleTrigger schedules) {
    github.stubInstallations(FakeInstallation.of(1, "octo-org", "octo-org/api"));
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger logger = (Logger) LoggerFactory.getLogger(Sweeper.class);
    logger.addAppender(logs);
    try {
      schedules.run(Sweeper.class, "perRepository").assertNoFailures();
    } finally {
      logger.detachAppender(logs);
    }

    assertThat(logs.list)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.getFormattedMessage()).isEqualTo("Sweeping octo-org/api");
              assertThat(line.getMDCPropertyMap())
                  .containsEntry("schedule", "Sweeper.perRepository")
                  .containsEntry("installationId", "1")
                  .containsEntry("repository", "octo-org/api");
            });
  }

  @Test
  void aFailureInOneInstallationDoesNotStopTheOthers(FakeGitHub github, ScheduleTrigger schedules) {
    github.stubInstallations(
        FakeInstallation.of(1, "broken", "broken/a", "broken/b"),
        FakeInstallation.of(2, "octocat", "octocat/hello"));

    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger logger =
        (Logger) LoggerFactory.getLogger("dev.botwright.internal.schedule.ScheduleRunner");
    logger.addAppender(logs);
    ScheduleResult run;
    try {
      run = schedules.run(Sweeper.class, "perRepository");
    } finally {
      logger.detachAppender(logs);
    }

    assertThat(logs.list)
        .filteredOn(line -> line.getLevel() == Level.WARN)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactlyInAnyOrder(
            "Schedule Sweeper.perRepository failed for repository broken/a of installation 1"
                + " (broken); the others still run",
            "Schedule Sweeper.perRepository failed for repository broken/b of installation 1"
                + " (broken); the others still run",
            "Schedule Sweeper.perRepository: 2 installation(s), 0 suspended and 0 low on rate"
                + " limit skipped; 1 call(s) succeeded, 2 failed");
    assertThat(run.calls()).isEqualTo(1);
    assertThat(run.failures())
        .containsExactlyInAnyOrder(
            "repository broken/a of installation 1 (broken):"
                + " java.lang.IllegalStateException: boom in broken/a",
            "repository broken/b of installation 1 (broken):"
                + " java.lang.IllegalStateException: boom in broken/b");
    assertThat(run.summary())
        .isEqualTo(
            "Schedule Sweeper.perRepository: 2 installation(s), 0 suspended and 0 low on rate"
                + " limit skipped; 1 call(s) succeeded, 2 failed");
    github
        .assertCalled(COMMENTS)
        .calls()
        .forEach(c -> assertThat(c.path()).isEqualTo("/repos/octocat/hello/issues/1/comments"));
    assertThatThrownBy(run::assertNoFailures)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected the schedule to run without failures, but: Schedule"
                + " Sweeper.perRepository: 2 installation(s)");
  }

  @Test
  void perInstallationRunsOncePerInstallation(FakeGitHub github, ScheduleTrigger schedules) {
    github.stubInstallations(
        FakeInstallation.of(1, "broken"), FakeInstallation.of(2, "octocat", "octocat/hello"));

    ScheduleResult run = schedules.run(Sweeper.class, "perInstallation");

    assertThat(sweeper.seen).containsExactlyInAnyOrder("1:broken", "2:octocat");
    assertThat(run.calls()).isEqualTo(1);
    assertThat(run.failures())
        .containsExactly(
            "installation 1 (broken): java.lang.IllegalStateException: boom for broken");
    // An installation schedule lists no repositories.
    github.assertNotCalled("GET /installation/repositories");
  }

  @Test
  void anInstallationLowOnRateLimitWaitsForALaterRun(FakeGitHub github, ScheduleTrigger schedules) {
    github.stubInstallations(FakeInstallation.of(1, "octo-org"), FakeInstallation.of(2, "octocat"));
    quotas.record(1, 99, Instant.now().plusSeconds(600));
    quotas.record(2, 100, Instant.now().plusSeconds(600));

    ScheduleResult run = schedules.run(Sweeper.class, "perInstallation").assertNoFailures();

    assertThat(run.rateLimited()).isEqualTo(1);
    assertThat(sweeper.seen).containsExactly("2:octocat");
    quotas.record(1, 5000, Instant.now().plusSeconds(3600));
  }

  @Test
  void theClientRecordsEachInstallationsRateLimit(FakeGitHub github) {
    long reset = Instant.now().plusSeconds(600).getEpochSecond();
    github.stub(
        "GET /repos/{owner}/{repo}",
        200,
        "{\"full_name\":\"octo/hello\"}",
        Map.of("x-ratelimit-remaining", "17", "x-ratelimit-reset", Long.toString(reset)));

    clients
        .installation(77)
        .request("GET /repos/{owner}/{repo}", Map.of("owner", "octo", "repo", "hello"));

    assertThat(quotas.remaining(77, Instant.now())).hasValue(17);
    assertThat(quotas.remaining(77, Instant.ofEpochSecond(reset))).isEmpty();
  }

  @Test
  void anUnknownScheduleNamesTheOnesThereAre(ScheduleTrigger schedules) {
    assertThatThrownBy(() -> schedules.run(Sweeper.class, "sweep"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No @OnSchedule method Sweeper.sweep in this application;")
        .hasMessageContaining("Sweeper.perRepository")
        .hasMessageContaining("Sweeper.perInstallation");
  }

  @Test
  void iteratorsSkipSuspendedInstallations(FakeGitHub github) {
    github.stubInstallations(
        FakeInstallation.of(1, "octo-org", "octo-org/api", "octo-org/web"),
        FakeInstallation.of(2, "gone", "gone/old").suspended(),
        FakeInstallation.of(3, "octocat", "octocat/hello"));

    assertThat(clients.eachInstallation().map(i -> i.id()).toList()).containsExactly(1L, 3L);
    List<InstallationRepository> repositories = clients.eachRepository().toList();
    assertThat(repositories)
        .extracting(r -> r.installation().id() + ":" + r.repo())
        .containsExactly("1:octo-org/api", "1:octo-org/web", "3:octocat/hello");
    // Each comes with its installation's client.
    repositories
        .get(2)
        .github()
        .issues()
        .createComment(new IssueRef(repositories.get(2).repo(), 9), "Hi");
    github.assertCalled(COMMENTS).withHeader("Authorization", "token ***");
    assertThat(github.tokenMints(3)).isEqualTo(1);
    assertThat(github.tokenMints(2)).isZero();
  }
}
