package {{package}};

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.WebhookSender;
import org.junit.jupiter.api.Test;

@BotTest
class SlashCommandsTest {

  static final String PERMISSION = "GET /repos/{owner}/{repo}/collaborators/{username}/permission";
  static final String COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

  @Test
  void answersAUserWhoMayWrite(FakeGitHub github, WebhookSender webhooks) {
    github.stub(PERMISSION, 200, "{\"permission\": \"write\", \"role_name\": \"write\"}");

    webhooks.send("issue_comment.created", "fixtures/issue_comment.created.json").assertHandled();

    github.assertCalled("GET /repos/Codertocat/Hello-World/collaborators/Codertocat/permission");
    github
        .assertCalled("POST /repos/Codertocat/Hello-World/issues/1/comments")
        .times(1)
        .withBodyContaining("Hello, @Codertocat!");
  }

  @Test
  void ignoresAUserWhoMayOnlyRead(FakeGitHub github, WebhookSender webhooks) {
    github.stub(PERMISSION, 200, "{\"permission\": \"read\", \"role_name\": \"triage\"}");

    webhooks.send("issue_comment.created", "fixtures/issue_comment.created.json").assertHandled();

    github.assertCalled(PERMISSION).times(1);
    github.assertNotCalled(COMMENTS);
  }

  @Test
  void ignoresCommentsWithoutTheCommand(FakeGitHub github, WebhookSender webhooks) {
    byte[] chat =
        Payloads.withReplaced(
            "issue_comment.created.json", "\"body\": \"/hello\"", "\"body\": \"say /hello\"");

    webhooks.send("issue_comment.created", chat).assertHandled();

    github.assertNoCalls();
  }

  @Test
  void recognisesTheCommandOnTheFirstLine() {
    assertTrue(SlashCommands.isCommand("/hello"));
    assertTrue(SlashCommands.isCommand("  /hello there\nmore text"));
    assertFalse(SlashCommands.isCommand("/helloworld"));
    assertFalse(SlashCommands.isCommand("hi\n/hello"));
    assertFalse(SlashCommands.isCommand(null));
  }
}
