package {{package}};

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.WebhookSender;
import org.junit.jupiter.api.Test;

@BotTest
class CheckSuiteRunnerTest {

  static final String CHECK_RUNS = "POST /repos/{owner}/{repo}/check-runs";

  @Test
  void reportsACompletedCheckRunOnTheHeadCommit(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("check_suite.requested", "fixtures/check_suite.requested.json").assertHandled();

    github
        .assertCalled("POST /repos/Codertocat/Hello-World/check-runs")
        .times(1)
        .withBodyContaining("\"name\":\"{{name}}\"")
        .withBodyContaining("\"head_sha\":\"f95f852bd8fca8fcc58a9a2d6c842781e32a215e\"")
        .withBodyContaining("\"status\":\"completed\"")
        .withBodyContaining("\"conclusion\":\"success\"");
  }

  @Test
  void reportsAgainWhenTheSuiteIsRerun(FakeGitHub github, WebhookSender webhooks) {
    webhooks
        .send("check_suite.rerequested", "fixtures/check_suite.rerequested.json")
        .assertHandled();

    github
        .assertCalled(CHECK_RUNS)
        .times(1)
        .withBodyContaining("\"head_sha\":\"ec26c3e57ca3a959ca5aad62de7213c562f8c821\"");
  }

  @Test
  void failsTheDeliveryWhenGitHubRefusesTheCheckRun(FakeGitHub github, WebhookSender webhooks) {
    github.stub(CHECK_RUNS, 422, "{\"message\":\"Validation Failed\"}");

    webhooks.send("check_suite.requested", "fixtures/check_suite.requested.json").assertFailed();
  }
}
