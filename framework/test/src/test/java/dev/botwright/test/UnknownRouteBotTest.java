package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bot whose handler calls a route GitHub lacks fails its test after the test method. */
@BotTest
@Property(name = "spec.name", value = "UnknownRouteBotTest")
class UnknownRouteBotTest {

  private static final byte[] ISSUE_OPENED =
      ("{\"action\":\"opened\",\"installation\":{\"id\":42},"
              + "\"repository\":{\"name\":\"hello\",\"full_name\":\"octo/hello\","
              + "\"owner\":{\"login\":\"octo\"}},\"sender\":{\"login\":\"alice\",\"type\":\"User\"}}")
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void afterEachFailsNamingTheCallAndTheRouteGitHubHas(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened", ISSUE_OPENED).assertHandled();
    assertThat(github.unknownRouteCalls()).hasSize(1);

    assertThatThrownBy(() -> new BotTestExtension().afterEach(null))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "The bot called routes GitHub does not have:\n"
                + "  POST /repos/octo/hello/issue/1/comments (closest: POST"
                + " /repos/{owner}/{repo}/issues/{issue_number}/comments)\n"
                + "All calls received:\n"
                + "  POST /app/installations/42/access_tokens\n"
                + "  POST /repos/octo/hello/issue/1/comments {\"body\":\"Thanks!\"}");

    // The check above is the one JUnit runs after this method; let that run pass.
    github.reset();
  }

  /** A handler with a typo in its route: the fake answers it, GitHub would answer 404. */
  @Singleton
  @Requires(property = "spec.name", value = "UnknownRouteBotTest")
  static class TypoCommenter {

    @OnEvent("issues.opened")
    void comment(EventContext ctx) {
      ctx.github()
          .request(
              "POST /repos/{owner}/{repo}/issue/{number}/comments",
              Map.of("owner", "octo", "repo", "hello", "number", 1, "body", "Thanks!"));
    }
  }
}
