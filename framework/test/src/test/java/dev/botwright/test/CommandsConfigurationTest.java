package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.Test;

/** {@code botwright.commands.*}: reactions off and replies of the bot's own words. */
@BotTest
@Property(name = "spec.name", value = "CommandsTest")
@Property(name = "botwright.commands.reactions", value = "false")
@Property(
    name = "botwright.commands.refusal",
    value = "{user}: /{command} is for people with {permission} access.")
@Property(name = "botwright.commands.usage", value = "Try {usage}")
class CommandsConfigurationTest {

  @Test
  void noReactionsAndTheConfiguredReplies(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("bob", "none");

    webhooks.send(Fixture.comment("bob", "/label bug")).assertHandled();
    webhooks.send(Fixture.comment("bob", "/ping too many")).assertHandled();

    assertThat(github.assertCalled(CommandsTest.COMMENTS).times(2).calls())
        .extracting(Call::body)
        .containsExactly(
            "{\"body\":\"bob: /label is for people with write access.\"}",
            "{\"body\":\"Try /ping\"}");
    github.assertNotCalled(CommandsTest.REACTIONS);
  }

  @Test
  void helpAnswersWithoutReactions(FakeGitHub github, WebhookSender webhooks) {
    github.stubPermission("bob", "none");

    webhooks.send(Fixture.comment("bob", "/help")).assertHandled();

    github
        .assertCalled(CommandsTest.COMMENTS)
        .withJsonBody(
            "{\"body\":\"@bob, these are the commands you can use here:\\n\\n- `/ping`\"}");
    github.assertNotCalled(CommandsTest.REACTIONS);
  }
}
