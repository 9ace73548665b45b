package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import org.junit.jupiter.api.Test;

@BotTest
class GreeterTest {

  private static final String COMMENTS =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

  @Test
  void greetsTheAuthorWithOneCommentAndNoOtherCall(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    String body = github.assertCalled(COMMENTS).body();
    assertThat(body)
        .isEqualTo(
            "{\"body\":\"Thanks for opening this issue, @Codertocat! We'll take a look soon.\\n"
                + "<!-- botwright:greeting -->\"}");
    assertThat(github.apiCalls()).hasSize(1);
    assertThat(github.apiCalls().get(0).path())
        .isEqualTo("/repos/Codertocat/Hello-World/issues/1/comments");
    assertThat(github.apiCalls().get(0).headers()).containsEntry("authorization", "token ***");
  }

  @Test
  void welcomesFirstTimeAuthorsAtLength(FakeGitHub github, WebhookSender webhooks) {
    Fixture issue = Fixture.of("issues.opened");
    assertThat(issue.json().get("issue").get("author_association").getStringValue())
        .isEqualTo("OWNER");

    webhooks.send(issue.with("issue.author_association", "FIRST_TIME_CONTRIBUTOR")).assertHandled();

    github
        .assertCalled(COMMENTS)
        .times(1)
        .withBodyContaining("Welcome, @Codertocat, and thanks for your first issue here!");
  }

  @Test
  void ignoresIssuesOpenedByBots(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send(Fixture.of("issues.opened").with("sender.type", "Bot")).assertHandled();

    github.assertNoCalls();
  }

  @Test
  void greetsWhoeverOpenedTheIssue(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send(Fixture.of("issues.opened").with("issue.user.login", "alice")).assertHandled();

    github
        .assertCalled(COMMENTS)
        .times(1)
        .withBodyContaining("Thanks for opening this issue, @alice!");
  }
}
