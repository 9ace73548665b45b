package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import org.junit.jupiter.api.Test;

@BotTest
class PullRequestCheckerTest {

  private static final String CHECK_RUNS = "POST /repos/{owner}/{repo}/check-runs";

  @Test
  void passesAPullRequestThatMeetsTheRules(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("pull_request.opened", "fixtures/pull_request.opened.json").assertHandled();

    String body = github.assertCalled(CHECK_RUNS).body();
    assertThat(body)
        .contains("\"name\":\"Pull request rules\"")
        .contains("\"head_sha\":\"ec26c3e57ca3a959ca5aad62de7213c562f8c821\"")
        .contains("\"status\":\"completed\"")
        .contains("\"conclusion\":\"success\"");
    assertThat(github.apiCalls()).hasSize(1);
  }

  @Test
  void failsAPullRequestThatBreaksTheRules(FakeGitHub github, WebhookSender webhooks) {
    Fixture synchronize = Fixture.of("pull_request.synchronize");
    assertThat(synchronize.json().get("pull_request").get("title").getStringValue())
        .isEqualTo("Update the README with new information.");

    webhooks.send(synchronize.with("pull_request.title", "WIP readme")).assertHandled();

    github
        .assertCalled(CHECK_RUNS)
        .times(1)
        .withBodyContaining("\"conclusion\":\"failure\"")
        .withBodyContaining(
            "- The title starts with WIP: mark the pull request as a draft instead.");
  }

  @Test
  void listsEachBrokenRule() {
    assertThat(PullRequestRules.broken("WIP fix", ""))
        .containsExactly(
            "The title should have at least 10 characters.",
            "The title starts with WIP: mark the pull request as a draft instead.",
            "The description should say what the change does in at least 20 characters.");
    assertThat(
            PullRequestRules.broken(
                "Add a retry to the uploader", "Retries twice when S3 answers 503."))
        .isEmpty();
  }
}
