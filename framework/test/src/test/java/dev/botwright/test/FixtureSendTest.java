package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import dev.botwright.event.User;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fixtures sent through the real webhook route reach the handler as changed. */
@BotTest
@Property(name = "spec.name", value = "FixtureSendTest")
class FixtureSendTest {

  @Inject SeenIssues seen;

  @BeforeEach
  void forget() {
    seen.deliveries.clear();
  }

  @Test
  void theHandlerSeesTheOverriddenField(WebhookSender webhooks) {
    webhooks.send(Fixture.of("issues.opened").with("issue.user.login", "alice")).assertHandled();

    assertThat(seen.deliveries).containsExactly("issues.opened by alice for installation 42");
  }

  @Test
  void addsADefaultInstallationUnlessToldOtherwise(WebhookSender webhooks) {
    // the shipped issues.opened example, like most of GitHub's examples, has no installation
    assertThat(Fixture.of("issues.opened").json().get("installation")).isNull();

    webhooks.send("issues.opened").assertHandled();
    webhooks.send(Fixture.of("issues.opened").installation(77)).assertHandled();
    webhooks.send(Fixture.of("issues.opened").withoutInstallation()).assertHandled();
    webhooks.send("issues.labeled", "fixtures/issues.labeled.json").assertHandled();

    assertThat(seen.deliveries)
        .containsExactly(
            "issues.opened by Codertocat for installation 42",
            "issues.opened by Codertocat for installation 77",
            "issues.opened by Codertocat for installation none",
            "issues.labeled by Codertocat for installation 42");
  }

  @Test
  void refusesToSendAnotherActionThanTheEventNames(WebhookSender webhooks) {
    Fixture opened = Fixture.of("issues.opened");

    assertThatThrownBy(() -> webhooks.send("issues.closed", opened))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Cannot send Fixture[issues.opened] as 'issues.closed': the event names action"
                + " 'closed' but the payload's action is 'opened'. Send the matching fixture,"
                + " or set it with .with(\"action\", \"closed\")");
    assertThatThrownBy(() -> webhooks.send(Fixture.json("{}")))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("The fixture has no event name");

    webhooks.send("issues.closed", opened.with("action", "closed")).assertHandled();
    webhooks.send("issues", opened).assertHandled();
    assertThat(seen.deliveries)
        .containsExactly(
            "issues.closed by Codertocat for installation 42",
            "issues.opened by Codertocat for installation 42");
  }

  @Test
  void everyActionHasAFixtureEvenWithoutAShippedExample(WebhookSender webhooks) {
    // GitHub ships no example of issues.closed or issues.typed: the kit synthesizes them.
    assertThat(Fixture.examples()).doesNotContain("issues.closed", "issues.typed");

    webhooks.send(Fixture.of("issues.closed")).assertHandled();
    webhooks.send(Fixture.of("issues.typed")).assertHandled();
    webhooks.send(Fixture.minimal("issues.opened")).assertHandled();

    assertThat(seen.deliveries)
        .containsExactly(
            "issues.closed by Codertocat for installation 42",
            "issues.typed by Codertocat for installation 42",
            "issues.opened by nobody for installation 42");
  }

  /** Records what each delivery of an issues event looked like to a handler. */
  @Singleton
  @Requires(property = "spec.name", value = "FixtureSendTest")
  static class SeenIssues {
    final List<String> deliveries = new CopyOnWriteArrayList<>();

    @OnEvent("issues")
    void seen(IssuesEvent event, EventContext ctx) {
      String installation =
          ctx.installationId().isPresent() ? "" + ctx.installationId().getAsLong() : "none";
      User author = event.issue().user();
      deliveries.add(
          ctx.eventKey()
              + " by "
              + (author == null ? "nobody" : author.login())
              + " for installation "
              + installation);
    }
  }
}
