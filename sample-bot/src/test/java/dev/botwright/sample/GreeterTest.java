package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.WebhookSender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@BotTest
class GreeterTest {

  private static final String COMMENTS =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

  @Test
  void greetsTheAuthorWithOneCommentAndNoOtherCall(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    String body = github.assertCalled(COMMENTS).body();
    assertThat(body)
        .isEqualTo(
            "{\"body\":\"Thanks for opening this issue, @Codertocat! We'll take a look soon.\"}");
    assertThat(github.apiCalls()).hasSize(1);
    assertThat(github.apiCalls().get(0).path())
        .isEqualTo("/repos/Codertocat/Hello-World/issues/1/comments");
    assertThat(github.apiCalls().get(0).headers()).containsEntry("authorization", "token ***");
  }

  @Test
  void welcomesFirstTimeAuthorsAtLength(FakeGitHub github, WebhookSender webhooks) {
    webhooks
        .send("issues.opened", fixtureWith("\"OWNER\"", "\"FIRST_TIME_CONTRIBUTOR\""))
        .assertHandled();

    github
        .assertCalled(COMMENTS)
        .times(1)
        .withBodyContaining("Welcome, @Codertocat, and thanks for your first issue here!");
  }

  @Test
  void ignoresIssuesOpenedByBots(FakeGitHub github, WebhookSender webhooks) {
    webhooks
        .send("issues.opened", fixtureWith("\"type\": \"User\"", "\"type\": \"Bot\""))
        .assertHandled();

    github.assertNoCalls();
  }

  private static byte[] fixtureWith(String from, String to) {
    try (var in = GreeterTest.class.getResourceAsStream("/fixtures/issues.opened.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains(from);
      return json.replace(from, to).getBytes(StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
