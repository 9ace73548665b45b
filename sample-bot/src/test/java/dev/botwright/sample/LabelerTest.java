package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import org.junit.jupiter.api.Test;

@BotTest
class LabelerTest {

  private static final String LABELS = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";
  private static final String COMMENTS =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
  private static final String PERMISSION =
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission";
  private static final String REACTIONS =
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions";

  @Test
  void labelsTheIssueForACommenterWithWriteAccess(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("alice", "write");

    webhooks.send(Fixture.comment("alice", "/label bug \"help wanted\"")).assertHandled();

    github.assertCalled(LABELS).times(1).withJsonBody("{\"labels\":[\"bug\",\"help wanted\"]}");
    assertThat(github.assertCalled(LABELS).calls().get(0).path())
        .isEqualTo("/repos/Codertocat/Hello-World/issues/1/labels");
    github.assertCalled(PERMISSION).times(1);
    github.assertCalled(REACTIONS).times(2);
    assertThat(github.reactions()).containsExactly("eyes", "+1");
    github.assertNoMoreCalls();
  }

  @Test
  void politelyRefusesACommenterWithoutWriteAccess(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("bob", "read");

    webhooks.send(Fixture.comment("bob", "/label bug")).assertHandled();

    github.assertNotCalled(LABELS);
    github
        .assertCalled(COMMENTS)
        .withJsonBody(
            "{\"body\":\"Sorry @bob, `/label` needs write access to this repository, so I did not"
                + " run it.\"}");
    assertThat(github.reactions()).containsExactly("eyes", "-1");
  }

  @Test
  void aBareLabelGetsTheUsage(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("alice", "admin");

    webhooks.send(Fixture.comment("alice", "/label")).assertHandled();

    github.assertNotCalled(LABELS);
    github
        .assertCalled(COMMENTS)
        .withJsonBody("{\"body\":\"@alice, `/label` is used like this: `/label NAME [MORE...]`\"}");
  }

  @Test
  void helpListsLabelForWritersOnly(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("alice", "write").stubPermission("bob", "read");

    webhooks.send(Fixture.comment("alice", "/help")).assertHandled();
    webhooks.send(Fixture.comment("bob", "/help")).assertHandled();

    assertThat(github.assertCalled(COMMENTS).times(2).calls())
        .extracting(c -> c.body())
        .containsExactly(
            "{\"body\":\"@alice, these are the commands you can use here:\\n\\n"
                + "- `/label NAME [MORE...]`: Adds labels to this issue or pull request\"}",
            "{\"body\":\"@bob, there are no commands you can use here.\"}");
  }

  @Test
  void ignoresCommandsInCodeAndFromBots(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send(Fixture.comment("alice", "```\n/label bug\n```")).assertHandled();
    webhooks
        .send(Fixture.comment("sample[bot]", "/label bug").with("sender.type", "Bot"))
        .assertHandled();

    github.assertNoCalls();
  }
}
