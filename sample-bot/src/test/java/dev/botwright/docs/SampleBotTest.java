package dev.botwright.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.DeliveryFailure.HandlerFailure;
import dev.botwright.github.GitHubApiException;
import dev.botwright.test.BotTest;
import dev.botwright.test.DeliveryResult;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.WebhookSender;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The testing guide's examples, run against the sample bot's handlers. */
@BotTest
class SampleBotTest {

  static final String COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

  @Test
  void greetsNewIssues(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();
    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    github.assertCalled(COMMENTS).times(2).withBodyContaining("Thanks for opening this issue");
    // one installation, one token: minted here or by an earlier test of this class
    assertThat(github.tokenMints()).isLessThanOrEqualTo(1);
  }

  @Test
  void acknowledgesEventsNobodyHandles(FakeGitHub github, WebhookSender webhooks) {
    // X-GitHub-Event comes from the first argument; the action comes from the payload
    DeliveryResult result = webhooks.send("star", "fixtures/issues.opened.json");

    result.assertStatus(202);
    assertThat(result.dispatched()).isFalse();
    github.assertNoCalls();
  }

  @Test
  void reportsTheHandlerThatFailed(FakeGitHub github, WebhookSender webhooks) {
    github.stub(
        "POST /repos/{owner}/{repo}/check-runs", 422, "{\"message\":\"Validation Failed\"}");

    List<HandlerFailure> failures =
        webhooks.send("pull_request.opened", "fixtures/pull_request.opened.json").assertFailed();

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).handler()).isEqualTo("PullRequestChecker#opened");
    assertThat(failures.get(0).error())
        .isInstanceOf(GitHubApiException.class)
        .hasMessage(
            "POST /repos/{owner}/{repo}/check-runs: GitHub answered 422: Validation Failed");
  }

  @Test
  void refusesAWrongSignature(FakeGitHub github, WebhookSender webhooks) {
    byte[] body = "{\"action\":\"opened\"}".getBytes(UTF_8);
    Map<String, String> headers =
        Map.of(
            "Content-Type", "application/json",
            "X-GitHub-Event", "issues",
            "X-GitHub-Delivery", "wrong-signature-1",
            "X-Hub-Signature-256", webhooks.sign("{}".getBytes(UTF_8)));

    webhooks.post(headers, body).assertStatus(401);
    github.assertNoCalls();
  }
}
