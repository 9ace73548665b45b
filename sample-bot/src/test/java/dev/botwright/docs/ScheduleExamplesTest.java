package dev.botwright.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.github.IssueRef;
import dev.botwright.test.BotTest;
import dev.botwright.test.Call;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.FakeInstallation;
import dev.botwright.test.ScheduleTrigger;
import dev.botwright.test.WebhookSender;
import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.Test;

/** The schedules and metadata guides' examples, run as the guides say. */
@BotTest
@Property(name = "docs.snippets.schedules", value = "true")
@Property(name = "docs.snippets.metadata", value = "true")
class ScheduleExamplesTest {

  private static final String LABELS = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";

  @Test
  void labelsUntriagedIssuesInEveryRepository(FakeGitHub github, ScheduleTrigger schedules) {
    github.stubInstallations(
        FakeInstallation.of(7, "octo-org", "octo-org/hello"),
        FakeInstallation.of(8, "octocat", "octocat/old").suspended());
    github.stubFile("GET /repos/{owner}/{repo}/issues", 200, "github/issues.open.json");

    schedules.run(Housekeeping.class, "labelUntriaged").assertNoFailures().assertCalls(1);

    assertThat(github.assertCalled(LABELS).calls())
        .extracting(Call::path)
        .containsExactly(
            "/repos/octo-org/hello/issues/1/labels", "/repos/octo-org/hello/issues/2/labels");
    assertThat(github.tokenMints(8)).isZero(); // suspended: left alone
  }

  @Test
  void heartbeatRunsOncePerActiveInstallation(FakeGitHub github, ScheduleTrigger schedules) {
    github.stubInstallations(FakeInstallation.of(7, "octo-org"), FakeInstallation.of(9, "octocat"));

    assertThat(schedules.run(Housekeeping.class, "heartbeat").assertNoFailures().calls())
        .isEqualTo(2);
  }

  @Test
  void thanksTheTriagerOnce(FakeGitHub github, WebhookSender webhooks) {
    IssueRef issue = new IssueRef("Codertocat", "Hello-World", 1);
    github.stubIssue(issue, "It is spelt wrong.");

    webhooks.send("issues.labeled").assertHandled();
    webhooks.send("issues.labeled").assertHandled();

    github
        .assertCalled("POST /repos/{owner}/{repo}/issues/{issue_number}/comments")
        .times(1)
        .withJsonBody("{\"body\":\"Thanks for triaging, @Codertocat!\"}");
    assertThat(github.issueBody(issue))
        .startsWith(
            "It is spelt wrong.\n\n<!-- botwright = {\"42\":{\"triage\":{\"by\":\"Codertocat\",");
  }
}
