package dev.botwright.docs;

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.WebhookSender;
import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.Test;

/** The whole bot in dry run, with the guide's audit hook: reads reach GitHub, writes do not. */
@BotTest
@Property(name = "botwright.dry-run", value = "true")
@Property(name = "docs.audit-hook", value = "true")
class DryRunBotTest {

  @Test
  void handlesADeliveryReadingButNotWriting(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    // the greeter read its configuration, through the audit hook...
    github
        .assertCalled("GET /repos/{owner}/{repo}/contents/.github/botwright.yml")
        .times(2)
        .withHeader("X-Audit", "my-bot");
    // ...and its comment was answered without reaching GitHub
    github.assertNotCalled("POST /repos/{owner}/{repo}/issues/{issue_number}/comments");
  }
}
