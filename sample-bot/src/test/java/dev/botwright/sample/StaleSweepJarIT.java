package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.github.IssueRef;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.FakeInstallation;
import dev.botwright.test.TestIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with the stale sweep switched on by environment variables: its timer fires once
 * after start-up, walks the fake's installation and repository, comments on the stale issue only,
 * and leaves the reminder in the issue's metadata.
 */
class StaleSweepJarIT {

  private static final Path JAR = Path.of("target/sample-bot.jar");
  private static final String COMMENTS =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
  private static final IssueRef STALE = new IssueRef("octo-org", "hello", 1);

  @TempDir Path workDir;

  @Test
  void theNightlySweepRunsOnItsTimerInThePackagedBot() throws Exception {
    assertThat(JAR).as("built by the package phase").exists();
    TestIdentity identity = TestIdentity.generate();
    try (FakeGitHub github = FakeGitHub.start()) {
      github.stubInstallations(FakeInstallation.of(7, "octo-org", "octo-org/hello"));
      github.stubFile("GET /repos/{owner}/{repo}/issues", 200, "github/issues.open.json");
      github.stubIssue(STALE, "Details");
      Path key = identity.writePrivateKey(workDir.resolve("app.pem"));
      try (SampleBotProcess bot =
          SampleBotProcess.start(
              JAR,
              Map.ofEntries(
                  Map.entry("APP_ID", identity.appId()),
                  Map.entry("PRIVATE_KEY_PATH", key.toString()),
                  Map.entry("WEBHOOK_SECRET", identity.webhookSecret()),
                  Map.entry("HOST", "127.0.0.1"),
                  Map.entry("GITHUB_API_URL", github.baseUrl()),
                  Map.entry("BOTWRIGHT_DOTENV", "false"),
                  Map.entry("BOTWRIGHT_RECONCILE_ENABLED", "false"),
                  Map.entry("SAMPLE_STALE_ENABLED", "true"),
                  Map.entry("SAMPLE_STALE_DAYS", "45"),
                  Map.entry("BOTWRIGHT_SCHEDULE_INITIAL_DELAY", "0s"),
                  Map.entry("BOTWRIGHT_SCHEDULE_JITTER", "0s")),
              workDir)) {
        // The run's summary is its last line.
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> bot.output().contains("Schedule StaleIssues.sweep: "));

        github
            .assertCalled(COMMENTS)
            .times(1)
            .withJsonBodyContaining(
                "{\"body\":\"This issue has had no activity for 45 days. Is it still relevant?"
                    + " Comment to keep it open; a maintainer may close it otherwise.\"}");
        assertThat(github.issueBody(STALE))
            .startsWith("Details\n\n<!-- botwright = {\"7\":{\"stale-reminded-at\":\"");
        assertThat(bot.output())
            .contains(
                "Schedule StaleIssues.sweep: 1 installation(s), 0 suspended and 0 low on rate"
                    + " limit skipped; 1 call(s) succeeded, 0 failed");
      }
    }
  }
}
