package {{package}};

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import java.util.List;
import org.junit.jupiter.api.Test;

@BotTest
class SlashCommandsTest {

  static final String COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
  static final String LABELS = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";

  @Test
  void answersAUserWhoMayWrite(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("Codertocat", "write");

    // fixtures/issue_comment.created.json: Codertocat comments "/hello".
    webhooks.send("issue_comment.created", "fixtures/issue_comment.created.json").assertHandled();

    github
        .assertCalled("POST /repos/Codertocat/Hello-World/issues/1/comments")
        .times(1)
        .withBodyContaining("Hello, @Codertocat!");
    assertEquals(List.of("eyes", "+1"), github.reactions());
  }

  @Test
  void politelyRefusesAUserWhoMayOnlyTriage(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("Codertocat", "triage");

    webhooks.send("issue_comment.created", "fixtures/issue_comment.created.json").assertHandled();

    github
        .assertCalled(COMMENTS)
        .times(1)
        .withBodyContaining("Sorry @Codertocat, `/hello` needs write access");
    assertEquals(List.of("eyes", "-1"), github.reactions());
  }

  @Test
  void addsTheLabelsNamed(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("alice", "maintain");

    webhooks.send(Fixture.comment("alice", "/label bug \"help wanted\"")).assertHandled();

    github.assertCalled(LABELS).withJsonBody("{\"labels\": [\"bug\", \"help wanted\"]}");
  }

  @Test
  void ignoresCommandsInCodeBlocksAndQuotes(FakeGitHub github, WebhookSender webhooks) {
    webhooks
        .send(Fixture.comment("alice", "Type this:\n```\n/hello\n```\n> /label bug"))
        .assertHandled();

    github.assertNoCalls();
  }

  @Test
  void helpListsTheCommands(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("alice", "write");

    webhooks.send(Fixture.comment("alice", "/help")).assertHandled();

    github
        .assertCalled(COMMENTS)
        .withBodyContaining("- `/hello`: Says hello")
        .withBodyContaining("- `/label [LABELS...]`: Adds labels to this issue or pull request");
  }
}
