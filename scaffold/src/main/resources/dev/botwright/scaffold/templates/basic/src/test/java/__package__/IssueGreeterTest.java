package {{package}};

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import org.junit.jupiter.api.Test;

@BotTest
class IssueGreeterTest {

  static final String COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

  @Test
  void thanksTheAuthorOfANewIssue(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    github
        .assertCalled("POST /repos/Codertocat/Hello-World/issues/1/comments")
        .times(1)
        .withBodyContaining("Thanks for opening this issue, @Codertocat!");
  }

  @Test
  void thanksWithoutAMentionWhenGitHubNamesNoAuthor(FakeGitHub github, WebhookSender webhooks) {
    // GitHub sends "user": null for an issue whose author's account was deleted.
    webhooks.send(Fixture.of("issues.opened").with("issue.user", null)).assertHandled();

    github
        .assertCalled(COMMENTS)
        .times(1)
        .withBodyContaining("Thanks for opening this issue! We'll take a look soon.");
  }

  @Test
  void staysQuietWhenABotOpensTheIssue(FakeGitHub github, WebhookSender webhooks) {
    byte[] byABot =
        Payloads.withReplaced("issues.opened.json", "\"type\": \"User\"", "\"type\": \"Bot\"");

    webhooks.send("issues.opened", byABot).assertHandled();

    github.assertNotCalled(COMMENTS);
  }
}
