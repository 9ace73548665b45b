package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.DeliveryFailure.HandlerFailure;
import dev.botwright.github.RepoRef;
import dev.botwright.test.BotTest;
import dev.botwright.test.Call;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fault;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import io.micronaut.context.annotation.Property;
import java.util.List;
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

  private static final RepoRef HELLO = new RepoRef("Codertocat", "Hello-World");

  @Test
  void withoutAConfigFileGreetsWithTheBuiltInTextAfterLookingForOne(
      FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    String body = github.assertCalled(COMMENTS).body();
    assertThat(body)
        .isEqualTo(
            "{\"body\":\"Thanks for opening this issue, @Codertocat! We'll take a look soon.\\n"
                + "<!-- botwright:greeting -->\"}");
    assertThat(github.apiCalls())
        .extracting(Call::path)
        .containsExactly(
            "/repos/Codertocat/Hello-World/contents/.github/botwright.yml",
            "/repos/Codertocat/.github/contents/.github/botwright.yml",
            "/repos/Codertocat/Hello-World/issues/1/comments");
    assertThat(github.apiCalls())
        .allSatisfy(c -> assertThat(c.headers()).containsEntry("authorization", "token ***"));
  }

  @Test
  void greetsWithTheRepositorysConfiguredText(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, "botwright.yml", "greeting: \"Hi {author}, thanks for this!\"\n");

    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    github
        .assertCalled(COMMENTS)
        .withJsonBody(
            "{\"body\":\"Hi @Codertocat, thanks for this!\\n<!-- botwright:greeting -->\"}");
    github.assertNotCalled("GET /repos/Codertocat/.github/contents/.github/botwright.yml");
  }

  @Test
  void aRepositoryWithoutTheFileUsesItsOwnersGithubRepository(
      FakeGitHub github, WebhookSender webhooks) {
    github.stubOrgConfig("Codertocat", "botwright.yml", "greeting: Hello {author} from the org\n");

    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    github.assertCalled(COMMENTS).withBodyContaining("Hello @Codertocat from the org\\n<!--");
  }

  @Test
  void extendsAnotherRepositorysTexts(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, "botwright.yml", "_extends: octo-org/community\n");
    github.stubConfig(
        new RepoRef("octo-org", "community"),
        "botwright.yml",
        "greeting: Shared hello, {author}\nwelcome: Shared welcome, {author}\n");

    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();
    webhooks
        .send(Fixture.of("issues.opened").with("issue.author_association", "FIRST_TIMER"))
        .assertHandled();

    assertThat(github.assertCalled(COMMENTS).times(2).calls())
        .extracting(Call::body)
        .containsExactly(
            "{\"body\":\"Shared hello, @Codertocat\\n<!-- botwright:greeting -->\"}",
            "{\"body\":\"Shared welcome, @Codertocat\\n<!-- botwright:greeting -->\"}");
  }

  @Test
  void aTextTheFileLeavesOutKeepsItsBuiltInWording(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, "botwright.yml", "greeting: Hi {author}\n");

    webhooks
        .send(Fixture.of("issues.opened").with("issue.author_association", "FIRST_TIMER"))
        .assertHandled();
    webhooks.send(Fixture.of("issues.opened").with("issue.user", null)).assertHandled();

    assertThat(github.assertCalled(COMMENTS).times(2).calls())
        .extracting(Call::body)
        .satisfiesExactly(
            welcome -> assertThat(welcome).contains("Welcome, @Codertocat, and thanks for your"),
            anonymous ->
                assertThat(anonymous)
                    .isEqualTo("{\"body\":\"Hi there\\n<!-- botwright:greeting -->\"}"));
  }

  @Test
  void aBrokenConfigFileFailsTheDeliveryNamingTheFileAndLine(
      FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, "botwright.yml", "greeting: Hi\nwelcome: [unclosed\n");
    github.stub(LIST_COMMENTS, 200, "[]");

    List<HandlerFailure> failures =
        webhooks.send("issues.opened", "fixtures/issues.opened.json").assertFailed();

    assertThat(failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.error().getMessage())
                    .startsWith(
                        "Codertocat/Hello-World:.github/botwright.yml is not valid YAML at line 3,"));
    github.assertNotCalled(COMMENTS);
    github.assertCalled(LIST_COMMENTS).times(1);
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
