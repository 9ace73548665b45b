package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.github.IssueRef;
import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.FakeInstallation;
import dev.botwright.test.ScheduleTrigger;
import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@BotTest
@Property(name = "sample.stale.enabled", value = "true")
@Property(name = "sample.stale.days", value = "45")
class StaleIssuesTest {

  private static final String LIST = "GET /repos/{owner}/{repo}/issues";
  private static final String COMMENTS =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
  private static final IssueRef STALE = new IssueRef("octo-org", "hello", 1);

  @BeforeEach
  void oneRepositoryWithAStaleIssue(FakeGitHub github) {
    github.stubInstallations(FakeInstallation.of(7, "octo-org", "octo-org/hello"));
    // Issue 1 is stale, 3 is a stale pull request, 2 was updated recently.
    github.stubFile(LIST, 200, "github/issues.open.json");
    github.stubIssue(STALE, "Details");
  }

  @Test
  void remindsStaleIssuesOnceAndRemembersItInTheirMetadata(
      FakeGitHub github, ScheduleTrigger schedules) {
    schedules.run(StaleIssues.class, "sweep").assertNoFailures().assertCalls(1);

    github
        .assertCalled(LIST)
        .withQueryParam("state", "open")
        .withQueryParam("sort", "updated")
        .withQueryParam("direction", "asc");
    github
        .assertCalled(COMMENTS)
        .withJsonBody(
            "{\"body\":\"This issue has had no activity for 45 days. Is it still relevant?"
                + " Comment to keep it open; a maintainer may close it otherwise.\"}");
    assertThat(github.assertCalled(COMMENTS).calls())
        .singleElement()
        .satisfies(c -> assertThat(c.path()).isEqualTo("/repos/octo-org/hello/issues/1/comments"));
    assertThat(github.issueBody(STALE))
        .matches(
            "Details\n\n<!-- botwright = \\{\"7\":\\{\"stale-reminded-at\":\"[0-9T:.\\-]+Z\"\\}\\}"
                + " -->");

    schedules.run(StaleIssues.class, "sweep").assertNoFailures();

    assertThat(github.assertCalled(COMMENTS).calls()).hasSize(1);
  }
}
