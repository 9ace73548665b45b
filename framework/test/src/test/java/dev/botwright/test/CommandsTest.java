package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @Command} end to end: comments in, the calls GitHub would see out. */
@BotTest
@Property(name = "spec.name", value = "CommandsTest")
// A failed attempt is retried once, at once; the client itself does not retry.
@Property(name = "botwright.dispatch.max-attempts", value = "2")
@Property(name = "botwright.dispatch.retry-initial-backoff", value = "10ms")
@Property(name = "botwright.client.max-retries", value = "0")
class CommandsTest {

  static final String PERMISSION = "GET /repos/{owner}/{repo}/collaborators/{username}/permission";
  static final String REACTIONS =
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions";
  static final String COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
  static final String LABELS = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";

  @Inject CommandTestHandlers handlers;

  @BeforeEach
  void forget() {
    handlers.ran.clear();
  }

  @Test
  void aCommandRunsWithItsQuotedArgumentsBetweenReactions(
      FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("alice", "write");

    webhooks
        .send(Fixture.comment("alice", "Triaged.\n/label bug \"help wanted\" 'good first issue'"))
        .assertHandled();

    assertThat(handlers.ran).containsExactly("label [bug, help wanted, good first issue]");
    github
        .assertCalled(PERMISSION)
        .times(1)
        .calls()
        .forEach(
            c ->
                assertThat(c.path())
                    .isEqualTo("/repos/Codertocat/Hello-World/collaborators/alice/permission"));
    github
        .assertCalled(LABELS)
        .withJsonBody("{\"labels\":[\"bug\",\"help wanted\",\"good first issue\"]}");
    github.assertCalled(REACTIONS).times(2);
    assertThat(github.reactions()).containsExactly("eyes", "+1");
    assertThat(github.apiCalls().get(0).path())
        .isEqualTo("/repos/Codertocat/Hello-World/issues/comments/492700400/reactions");
    github.assertNoMoreCalls();
  }

  @Test
  void commandsInCodeBlocksAndQuotesAreNotRun(FakeGitHub github, WebhookSender webhooks) {
    webhooks
        .send(
            Fixture.comment(
                "alice", "Try this:\n```\n/label bug\n```\n    /label indented\n> /label quoted\n"))
        .assertHandled();

    assertThat(handlers.ran).isEmpty();
    github.assertNoCalls();
  }

  @Test
  void aBotsCommentRunsNothing(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("helper[bot]", "admin");

    webhooks
        .send(Fixture.comment("helper[bot]", "/label bug\n/ping\n/help").with("sender.type", "Bot"))
        .assertHandled();

    assertThat(handlers.ran).isEmpty();
    github.assertNoCalls();
  }

  @Test
  void aCommenterWithoutThePermissionIsRefusedAndTheMethodDoesNotRun(
      FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("bob", "triage");

    webhooks.send(Fixture.comment("bob", "/label bug")).assertHandled();

    assertThat(handlers.ran).isEmpty();
    github.assertNotCalled(LABELS);
    assertThat(github.reactions()).containsExactly("eyes", "-1");
    github
        .assertCalled(COMMENTS)
        .times(1)
        .withJsonBody(
            "{\"body\":\"Sorry @bob, `/label` needs write access to this repository, so I did not"
                + " run it.\"}");
  }

  @Test
  void aHigherRoleIncludesTheLowerOnes(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("mia", "maintain").stubPermission("tom", "triage");

    webhooks.send(Fixture.comment("mia", "/label bug")).assertHandled();
    webhooks.send(Fixture.comment("tom", "/assign mia")).assertHandled();

    assertThat(handlers.ran).containsExactly("label [bug]", "assign mia [] by tom");
    assertThat(github.reactions()).containsExactly("eyes", "+1", "eyes", "+1");
  }

  @Test
  void aLoginGitHubDoesNotKnowHasNoAccess(FakeGitHub github, WebhookSender webhooks) {
    // Nobody stubbed ghost's permission: the fake answers 404, as GitHub does.
    github.stub(PERMISSION, 404, "{\"message\":\"Not Found\"}");

    webhooks.send(Fixture.comment("ghost", "/label bug")).assertHandled();

    assertThat(handlers.ran).isEmpty();
    assertThat(github.reactions()).containsExactly("eyes", "-1");
  }

  @Test
  void anyoneMayRunAnAnyoneCommandWithoutAPermissionLookUp(
      FakeGitHub github, WebhookSender webhooks) {
    webhooks.send(Fixture.comment("stranger", "/ping")).assertHandled();

    assertThat(handlers.ran).containsExactly("ping");
    github.assertNotCalled(PERMISSION);
    assertThat(github.reactions()).containsExactly("eyes", "+1");
  }

  @Test
  void theRoleIsLookedUpOnceForSeveralCommandsAndComments(
      FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("alice", "write");

    webhooks
        .send(Fixture.comment("alice", "/label a\n/assign carol first time\n/label b"))
        .assertHandled();
    webhooks.send(Fixture.comment("alice", "/label c")).assertHandled();

    assertThat(handlers.ran)
        .containsExactlyInAnyOrder(
            "label [a]", "label [b]", "assign carol [first, time] by alice", "label [c]");
    github.assertCalled(PERMISSION).times(1);
  }

  @Test
  void aResetForgetsTheRememberedRoles(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("alice", "write");
    webhooks.send(Fixture.comment("alice", "/label a")).assertHandled();

    github.reset();
    github.stubPermission("alice", "read");
    webhooks.send(Fixture.comment("alice", "/label b")).assertHandled();

    assertThat(handlers.ran).containsExactly("label [a]");
    github.assertCalled(PERMISSION).times(1);
    assertThat(github.reactions()).containsExactly("eyes", "-1");
  }

  @Test
  void theWrongNumberOfArgumentsIsAnsweredWithTheUsage(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("alice", "admin");

    webhooks.send(Fixture.comment("alice", "/assign\n/ping now")).assertHandled();

    assertThat(handlers.ran).isEmpty();
    assertThat(github.assertCalled(COMMENTS).times(2).calls())
        .extracting(Call::body)
        .containsExactlyInAnyOrder(
            "{\"body\":\"@alice, `/assign` is used like this: `/assign USER [NOTE...]`\"}",
            "{\"body\":\"@alice, `/ping` is used like this: `/ping`\"}");
    assertThat(github.reactions())
        .containsExactlyInAnyOrder("eyes", "confused", "eyes", "confused");
  }

  @Test
  void helpListsOnlyTheCommandsTheCommenterMayRun(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("reader", "read").stubPermission("writer", "write");

    webhooks.send(Fixture.comment("reader", "/help")).assertHandled();
    webhooks.send(Fixture.comment("writer", "/help")).assertHandled();

    assertThat(github.assertCalled(COMMENTS).times(2).calls())
        .extracting(Call::body)
        .containsExactly(
            "{\"body\":\"@reader, these are the commands you can use here:\\n\\n- `/ping`\"}",
            "{\"body\":\"@writer, these are the commands you can use here:\\n"
                + "\\n- `/assign USER [NOTE...]`: Assigns someone to this issue"
                + "\\n- `/fail`: Always fails"
                + "\\n- `/label [LABELS...]`: Adds labels to this issue"
                + "\\n- `/ping`\"}");
    assertThat(github.reactions()).containsExactly("eyes", "+1", "eyes", "+1");
    assertThat(handlers.ran).isEmpty();
  }

  @Test
  void anEditRunsOnlyTheCommandsItAddedAndOnlyForCommandsThatAskForIt(
      FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("Codertocat", "write");
    Fixture edited =
        Fixture.of("issue_comment.edited")
            .with("changes.body.from", "/assign old\nfixed typo")
            .with("comment.body", "/assign old\n/assign new\n/label bug\nfixed typo");

    webhooks.send(edited).assertHandled();

    assertThat(handlers.ran).containsExactly("assign new [] by Codertocat");
    github.assertNotCalled(LABELS);
  }

  @Test
  void anEditThatLeftTheBodyAloneRunsNothing(FakeGitHub github, WebhookSender webhooks) {
    Fixture edited =
        Fixture.of("issue_comment.edited").without("changes.body").with("comment.body", "/ping");

    webhooks.send(edited).assertHandled();

    assertThat(handlers.ran).isEmpty();
    github.assertNoCalls();
  }

  @Test
  void aFailingCommandFailsItsHandlerIsRetriedAndReactsOnceOnReceipt(
      FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("alice", "write");

    var failures = webhooks.send(Fixture.comment("alice", "/fail")).assertFailed();

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).handler()).isEqualTo("CommandTestHandlers#fail");
    assertThat(failures.get(0).error()).hasMessage("the command broke");
    assertThat(handlers.ran).containsExactly("fail", "fail");
    assertThat(github.reactions()).containsExactly("eyes", "confused", "confused");
  }
}
