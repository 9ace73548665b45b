package dev.botwright.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.botwright.test.BotTest;
import dev.botwright.test.DeliveryResult;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import io.micronaut.context.annotation.Property;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

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

    // issues.opened: Greeter, IssueGreeter, OnceOnlyGreeting, OnEventForms#opened and
    // #openedOrReopened; issues: #anyIssueActivity; *: #audit
    assertThat(result.handlers()).isEqualTo(7);
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
        webhooks.send("issue_comment.created", issueComment("/add-label bug")).assertHandled();

    // LabelCommands, CommentRouter, CommandQueue#command, OnEventForms#audit, and the five
    // @Command handlers (the sample's /label, TriageCommands' three, /help), which find no command
    // of theirs in this comment
    assertThat(result.handlers()).isEqualTo(9);
    assertThat(github.assertCalled(LABELS).body()).isEqualTo("{\"labels\":[\"bug\"]}");
  }

  @Test
  void failedHandlerReachesTheErrorHookAndTheListener(
      FakeGitHub github, WebhookSender webhooks, DeliveryMetrics metrics) {
    github.stub(LABELS, 422, "{\"message\":\"Validation Failed\"}");
    long failedBefore = metrics.failed();

    assertThat(
            webhooks.send("issue_comment.created", issueComment("/add-label bug")).assertFailed())
        .singleElement()
        .satisfies(failure -> assertThat(failure.handler()).isEqualTo("LabelCommands#label"));
    assertThat(metrics.failed()).isEqualTo(failedBefore + 1);
  }

  @Test
  void issueActivityReadsEachActionsOwnRecord(FakeGitHub github, WebhookSender webhooks) {
    Fixture labeled = Fixture.example("issues.labeled");
    Fixture opened = Fixture.of("issues.opened");
    List<String> logged =
        logsOf(
            IssueActivity.class,
            () -> {
              webhooks.send(labeled).assertHandled();
              webhooks.send(labeled.without("label")).assertHandled();
              webhooks.send(opened.with("action", "closed")).assertHandled();
              webhooks
                  .send(opened.with("action", "closed").with("issue.state_reason", "archived"))
                  .assertHandled();
              webhooks.send(opened.with("action", "reopened")).assertHandled();
            });

    assertThat(logged)
        .containsExactly(
            "#1 labeled bug",
            "#1 labeled (unknown)",
            "#1 closed as (not given)",
            "#1 closed as UNRECOGNIZED",
            "#1 reopened");
    github.assertNoCalls();
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

  /** What {@code type}'s logger wrote while {@code action} ran. */
  private static List<String> logsOf(Class<?> type, Runnable action) {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger logger = (Logger) LoggerFactory.getLogger(type);
    logger.addAppender(logs);
    try {
      action.run();
    } finally {
      logger.detachAppender(logs);
    }
    return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  /** GitHub's example issue_comment.created payload, by a user, with the comment's {@code body}. */
  private static Fixture issueComment(String body) {
    Fixture comment = Fixture.example("issue_comment.created");
    assertThat(comment.json().get("sender").get("type").getStringValue()).isEqualTo("User");
    return comment.with("comment.body", body);
  }
}
