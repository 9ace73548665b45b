package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fault;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.Test;

@BotTest
// A failed attempt is retried once, at once; the client itself does not retry, so one 502 fails it.
@Property(name = "botwright.dispatch.max-attempts", value = "2")
@Property(name = "botwright.dispatch.retry-initial-backoff", value = "10ms")
@Property(name = "botwright.client.max-retries", value = "0")
class GreeterTest {

  private static final String COMMENTS =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
  private static final String LIST_COMMENTS =
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments";

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

  @Test
  void greetsWithoutAMentionWhenGitHubNamesNoAuthor(FakeGitHub github, WebhookSender webhooks) {
    // GitHub sends "user": null for an issue whose author's account was deleted.
    webhooks.send(Fixture.of("issues.opened").with("issue.user", null)).assertHandled();

    assertThat(github.assertCalled(COMMENTS).body())
        .isEqualTo(
            "{\"body\":\"Thanks for opening this issue! We'll take a look soon.\\n"
                + "<!-- botwright:greeting -->\"}");
  }

  @Test
  void aRetryDoesNotGreetAgainWhenTheGreetingIsThere(FakeGitHub github, WebhookSender webhooks) {
    // The first attempt's comment reached GitHub, but its answer was a 502: the attempt failed.
    github.failNext(COMMENTS, Fault.serverError());
    github.stub(
        LIST_COMMENTS,
        200,
        "[{\"id\":1,\"body\":\"Hello\",\"user\":{\"login\":\"Codertocat\",\"type\":\"User\"}},"
            + "{\"id\":2,\"body\":\"Thanks!\\n<!-- botwright:greeting -->\","
            + "\"user\":{\"login\":\"sample[bot]\",\"type\":\"Bot\"}}]");

    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    github.assertCalled(COMMENTS).times(1);
    github.assertCalled(LIST_COMMENTS).times(1);
  }

  @Test
  void aRetryGreetsWhenNoBotLeftTheGreeting(FakeGitHub github, WebhookSender webhooks) {
    github.failNext(COMMENTS, Fault.serverError());
    // Someone quoted the marker, but only the app's own comment counts.
    github.stub(
        LIST_COMMENTS,
        200,
        "[{\"id\":1,\"body\":\"<!-- botwright:greeting -->\","
            + "\"user\":{\"login\":\"Codertocat\",\"type\":\"User\"}}]");

    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    github
        .assertCalled(COMMENTS)
        .times(2)
        .withBodyContaining("Thanks for opening this issue, @Codertocat!");
    github.assertCalled(LIST_COMMENTS).times(1);
  }

  @Test
  void aFirstAttemptDoesNotReadTheComments(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    github.assertNotCalled(LIST_COMMENTS);
  }
}
