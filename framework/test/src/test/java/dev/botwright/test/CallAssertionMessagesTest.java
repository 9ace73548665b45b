package dev.botwright.test;

import static dev.botwright.test.TestHandlers.COMMENTS;
import static dev.botwright.test.TestHandlers.LABELS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each assertion passes on what the bot did and fails, saying what it saw, on anything else. */
@BotTest
@Property(name = "spec.name", value = "CallAssertionMessagesTest")
class CallAssertionMessagesTest {

  static final String COMMENT_CALL =
      "POST /repos/Codertocat/Hello-World/issues/1/comments {\"body\":\"Thanks, @Codertocat!\"}";
  static final String LABEL_CALL =
      "POST /repos/Codertocat/Hello-World/issues/1/labels {\"labels\":[\"triage\"]}";

  final FakeGitHub github;

  CallAssertionMessagesTest(FakeGitHub github, WebhookSender webhooks) {
    this.github = github;
    this.webhooks = webhooks;
  }

  final WebhookSender webhooks;

  @BeforeEach
  void triageAnIssue() {
    webhooks.send("issues.opened", "fixtures/issue-for-installation-4242.json").assertHandled();
  }

  @Test
  void passWhenTheExpectationHolds() {
    github
        .assertCalled(COMMENTS)
        .times(1)
        .withJsonBody("{\"body\":\"Thanks, @Codertocat!\"}")
        .withJsonPath("body", "Thanks, @Codertocat!")
        .withHeader("x-github-api-version", "2022-11-28");
    github
        .assertCalled(LABELS)
        .withJsonBodyContaining("{\"labels\":[\"triage\"]}")
        .withJsonPath("labels[0]", "triage");
    github.assertNoMoreCalls();
  }

  @Test
  void wrongRouteListsEveryCall() {
    assertThatThrownBy(() -> github.assertCalled("POST /repos/{owner}/{repo}/pulls"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected a call to POST /repos/{owner}/{repo}/pulls but GitHub received")
        .hasMessageContaining("\n  " + LABEL_CALL + "\n  " + COMMENT_CALL);
  }

  @Test
  void wrongCountListsTheRoutesCalls() {
    assertThatThrownBy(() -> github.assertCalled(COMMENTS).times(2))
        .hasMessage(
            "Expected 2 call(s) to "
                + COMMENTS
                + " but there were 1. Calls to it:\n  "
                + COMMENT_CALL);
  }

  @Test
  void wrongExactBodySaysWhereItDiffers() {
    assertThatThrownBy(() -> github.assertCalled(COMMENTS).withJsonBody("{\"body\":\"Thanks!\"}"))
        .hasMessage(
            "Expected a call to "
                + COMMENTS
                + " with JSON body {\"body\":\"Thanks!\"} but none matched. Calls to it:\n  "
                + COMMENT_CALL
                + "\n    -> $.body is \"Thanks, @Codertocat!\", expected \"Thanks!\"");
    assertThatThrownBy(() -> github.assertCalled(COMMENTS).withJsonBody("{}"))
        .hasMessageEndingWith("-> $ has unexpected field(s) [body]");
  }

  @Test
  void wrongPartialBodySaysWhereItDiffers() {
    assertThatThrownBy(
            () -> github.assertCalled(LABELS).withJsonBodyContaining("{\"labels\":[\"bug\"]}"))
        .hasMessageEndingWith(LABEL_CALL + "\n    -> $.labels[0] is \"triage\", expected \"bug\"");
    assertThatThrownBy(
            () -> github.assertCalled(LABELS).withJsonBodyContaining("{\"assignees\":[]}"))
        .hasMessageEndingWith("-> $.assignees is missing");
  }

  @Test
  void wrongJsonPathShowsTheActualValue() {
    assertThatThrownBy(() -> github.assertCalled(LABELS).withJsonPath("labels.0", "bug"))
        .hasMessage(
            "Expected a call to "
                + LABELS
                + " with labels.0 = \"bug\" but none matched. Calls to it:\n  "
                + LABEL_CALL
                + "\n    -> labels.0 is \"triage\"");
    assertThatThrownBy(() -> github.assertCalled(LABELS).withJsonPath("labels.1", "bug"))
        .hasMessageEndingWith("-> labels.1 is missing");
  }

  @Test
  void wrongQueryParamOrHeaderShowsWhatWasSent() {
    assertThatThrownBy(() -> github.assertCalled(COMMENTS).withQueryParam("per_page", "100"))
        .hasMessageEndingWith("-> per_page is []");
    assertThatThrownBy(
            () -> github.assertCalled(COMMENTS).withHeader("Authorization", "Bearer ***"))
        .hasMessageEndingWith("-> Authorization is token ***");
  }

  @Test
  void anUncheckedCallFailsAssertNoMoreCalls() {
    github.assertCalled(COMMENTS);

    assertThatThrownBy(github::assertNoMoreCalls)
        .hasMessageStartingWith(
            "Expected no more calls to GitHub but 1 call(s) were not checked by assertCalled:\n  "
                + LABEL_CALL
                + "\nAll calls received:\n")
        .hasMessageEndingWith(LABEL_CALL + "\n  " + COMMENT_CALL);
  }

  @Test
  void aCallThatHappenedFailsAssertNotCalled() {
    assertThatThrownBy(() -> github.assertNotCalled(LABELS))
        .hasMessage(
            "Expected no call to " + LABELS + " but GitHub received 1 call(s):\n  " + LABEL_CALL);
  }
}
