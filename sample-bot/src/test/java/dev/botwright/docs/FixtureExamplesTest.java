package dev.botwright.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import org.junit.jupiter.api.Test;

/** The testing guide's fixture examples, run against the sample bot's handlers. */
@BotTest
class FixtureExamplesTest {

  @Test
  void greetsWhoeverOpenedTheIssue(FakeGitHub github, WebhookSender webhooks) {
    // fixtures/issues.opened.json if the project has one, else GitHub's example shipped in the kit
    Fixture issue = Fixture.of("issues.opened").with("issue.user.login", "alice");

    webhooks.send(issue).assertHandled();

    github.assertCalled(SampleBotTest.COMMENTS).withBodyContaining("@alice");
  }

  @Test
  void ignoresBots(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send(Fixture.of("issues.opened").with("sender.type", "Bot")).assertHandled();

    github.assertNoCalls();
  }

  @Test
  void sendsAShippedExample(FakeGitHub github, WebhookSender webhooks) {
    // GitHub's example has no installation: the sender adds FakeGitHub's, {"id": 42}
    webhooks.send(Fixture.example("issues.opened")).assertHandled();

    assertThat(github.assertCalled(FakeGitHub.TOKEN_ROUTE).calls().get(0).path())
        .isEqualTo("/app/installations/42/access_tokens");
  }

  @Test
  void editsArraysAndRemovesFields(FakeGitHub github, WebhookSender webhooks) {
    Fixture issue =
        Fixture.of("issues.opened")
            .with("issue.labels.0.name", "bug") // an index into an array
            .withJson("issue.milestone", "{\"title\": \"v1\"}") // any JSON
            .without("issue.assignee")
            .installation(4242); // installation.id

    webhooks.send(issue).assertHandled();

    assertThat(issue.json().get("issue").get("labels").get(0).get("name").getStringValue())
        .isEqualTo("bug");
    assertThat(issue.json().get("issue").get("assignee")).isNull();
    github.assertCalled(SampleBotTest.COMMENTS).times(1);
  }

  @Test
  void refusesAnActionThePayloadDoesNotHave(WebhookSender webhooks) {
    assertThatThrownBy(() -> webhooks.send("issues.closed", Fixture.of("issues.opened")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the payload's action is 'opened'");
  }
}
