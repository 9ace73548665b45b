package {{package}};

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.WebhookSender;
import org.junit.jupiter.api.Test;

@BotTest
class PullRequestDeployerTest {

  static final String DEPLOYMENTS = "POST /repos/{owner}/{repo}/deployments";

  @Test
  void deploysTheHeadCommitThenReportsSuccess(FakeGitHub github, WebhookSender webhooks) {
    github.stub(DEPLOYMENTS, 201, "{\"id\": 42, \"environment\": \"pr-2\"}");

    webhooks.send("pull_request.opened", "fixtures/pull_request.opened.json").assertHandled();

    github
        .assertCalled("POST /repos/Codertocat/Hello-World/deployments")
        .times(1)
        .withBodyContaining("\"ref\":\"ec26c3e57ca3a959ca5aad62de7213c562f8c821\"")
        .withBodyContaining("\"environment\":\"pr-2\"")
        .withBodyContaining("\"auto_merge\":false");
    github
        .assertCalled("POST /repos/Codertocat/Hello-World/deployments/42/statuses")
        .times(1)
        .withBodyContaining("\"state\":\"success\"");
  }

  @Test
  void deploysAgainWhenThePullRequestIsUpdated(FakeGitHub github, WebhookSender webhooks) {
    github.stub(DEPLOYMENTS, 201, "{\"id\": 43}");

    webhooks
        .send("pull_request.synchronize", "fixtures/pull_request.synchronize.json")
        .assertHandled();

    github.assertCalled("POST /repos/{owner}/{repo}/deployments/43/statuses").times(1);
  }

  @Test
  void reportsNoStatusWhenTheDeploymentIsRefused(FakeGitHub github, WebhookSender webhooks) {
    github.stub(DEPLOYMENTS, 409, "{\"message\":\"Conflict: required status checks failed\"}");

    webhooks.send("pull_request.opened", "fixtures/pull_request.opened.json").assertFailed();

    github.assertNotCalled("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses");
  }
}
