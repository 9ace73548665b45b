package dev.botwright.test;

import static dev.botwright.test.TestHandlers.COMMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.Test;

@BotTest
@Property(name = "spec.name", value = "UnexpectedCallsTest")
class UnexpectedCallsTest {

  static final String ISSUE = "fixtures/issue-for-installation-4242.json";

  @Test
  void aCallWithoutAnAnswerFailsTheTestAfterwards(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened", ISSUE).assertHandled();

    String expected =
        "The bot made calls the fake GitHub had no answer for (stub them with github.stub(...)):\n"
            + "  GET /repos/Codertocat/Hello-World/contents/README.md\n"
            + "All calls received:\n";
    assertThat(github.unexpectedCalls())
        .extracting(Call::path)
        .containsExactly("/repos/Codertocat/Hello-World/contents/README.md");
    assertThatThrownBy(github::assertNoUnexpectedCalls).hasMessageStartingWith(expected);
    // what @BotTest runs after each test
    assertThatThrownBy(() -> new BotTestExtension().afterEach(null))
        .hasMessageStartingWith(expected)
        .hasMessageEndingWith(
            "  GET /repos/Codertocat/Hello-World/contents/README.md\n"
                + "  GET /repos/Codertocat/Hello-World/contents/.github/reader.yml\n"
                + "  POST /repos/Codertocat/Hello-World/issues/1/comments {\"body\":\"Read it\"}");
    // so that this test's own afterEach passes
    github.reset();
  }

  @Test
  void stubbedReadsMissingConfigAndEchoedWritesAreExpected(
      FakeGitHub github, WebhookSender webhooks) {
    github.stub("GET /repos/{owner}/{repo}/contents/{path}", 404, "{\"message\":\"Not Found\"}");

    webhooks.send("issues.opened", ISSUE).assertHandled();

    assertThat(github.unexpectedCalls()).isEmpty();
    github.assertCalled(COMMENTS).withJsonBody("{\"body\":\"Read it\"}");
  }
}
