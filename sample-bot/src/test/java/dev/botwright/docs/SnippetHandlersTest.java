package dev.botwright.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.BotTest;
import dev.botwright.test.DeliveryResult;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import io.micronaut.context.annotation.Property;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Switches the guide's handler snippets on (they are off in the sample bot's own tests) and checks
 * that they start, bind their parameters and do what the guide says, next to the sample's handlers.
 */
@BotTest
@Property(name = "docs.snippets", value = "true")
class SnippetHandlersTest {

  private static final String LABELS = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";

  @Test
  void everyListeningHandlerRunsOnce(FakeGitHub github, WebhookSender webhooks) {
    DeliveryResult result =
        webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    // issues.opened: Greeter, IssueGreeter, OnceOnlyGreeting, OnEventForms#opened; issues:
    // #anyIssueActivity; *: #audit
    assertThat(result.handlers()).isEqualTo(6);
    github
        .assertCalled(SampleBotTest.COMMENTS)
        .times(3)
        .withBodyContaining("Thanks for opening this, @Codertocat!")
        .withBodyContaining("Welcome, @Codertocat!\\n<!-- my-bot:greeting -->");
    assertThat(github.tokenMints()).isLessThanOrEqualTo(1);
  }

  @Test
  void labelCommandAddsAnAllowedLabel(FakeGitHub github, WebhookSender webhooks) {
    DeliveryResult result =
        webhooks.send("issue_comment.created", issueComment("/label bug")).assertHandled();

    // LabelCommands, CommentRouter, CommandQueue#command, OnEventForms#audit
    assertThat(result.handlers()).isEqualTo(4);
    assertThat(github.assertCalled(LABELS).body()).isEqualTo("{\"labels\":[\"bug\"]}");
  }

  @Test
  void failedHandlerReachesTheErrorHookAndTheListener(
      FakeGitHub github, WebhookSender webhooks, DeliveryMetrics metrics) {
    github.stub(LABELS, 422, "{\"message\":\"Validation Failed\"}");
    long failedBefore = metrics.failed();

    assertThat(webhooks.send("issue_comment.created", issueComment("/label bug")).assertFailed())
        .singleElement()
        .satisfies(failure -> assertThat(failure.handler()).isEqualTo("LabelCommands#label"));
    assertThat(metrics.failed()).isEqualTo(failedBefore + 1);
  }

  @Test
  void ownPayloadRecordIsBound(FakeGitHub github, WebhookSender webhooks) {
    String star =
        "{\"action\":\"created\",\"repository\":{\"full_name\":\"octo/hello\","
            + "\"stargazers_count\":7},\"sender\":{\"login\":\"octo\",\"type\":\"User\"},"
            + "\"installation\":{\"id\":4242}}";

    DeliveryResult result = webhooks.send("star", star.getBytes(UTF_8)).assertHandled();

    assertThat(result.handlers()).isEqualTo(2); // StarCounter, OnEventForms#audit
    github.assertNoCalls();
  }

  /** The issues.opened fixture turned into an issue_comment.created payload with {@code body}. */
  private static Fixture issueComment(String body) {
    Fixture issue = Fixture.of("issues.opened");
    assertThat(issue.action()).contains("opened");
    return issue
        .with("action", "created")
        .with(
            "comment",
            Map.of(
                "id",
                99,
                "body",
                body,
                "html_url",
                "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-99",
                "user",
                Map.of("login", "Codertocat", "id", 21031067, "type", "User")));
  }
}
