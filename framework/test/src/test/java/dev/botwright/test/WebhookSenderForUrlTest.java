package dev.botwright.test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A sender made with {@link WebhookSender#forUrl} signs and posts like the bean, without waiting
 * for handlers; aimed here at a real Botwright route so the bot's own check judges it.
 */
@BotTest
@Property(name = "spec.name", value = "FaultInjectionTest")
class WebhookSenderForUrlTest {

  @Inject EmbeddedServer server;
  @Inject DeliveryTracker tracker;

  private URI route() {
    return URI.create(server.getURL() + "/api/github/webhooks");
  }

  @Test
  void deliversSignedWithoutWaitingForHandlers(FakeGitHub github) throws Exception {
    WebhookSender remote = WebhookSender.forUrl(route(), TestIdentity.shared().webhookSecret());

    DeliveryResult result = remote.send(Fixture.of("issues.opened").installation(7));

    result.assertStatus(202);
    assertThat(result.dispatched()).isFalse();
    assertThat(result.handlers()).isZero();
    // the bot did dispatch it: its handlers finish and comment as installation 7
    assertThat(tracker.future(result.deliveryId()).get(30, TimeUnit.SECONDS).handlers())
        .isEqualTo(1);
    github.assertCalled(TestHandlers.COMMENTS).asInstallation(7).times(1);
    assertThat(github.tokenMints(7)).isEqualTo(1);
  }

  @Test
  void aWrongSecretIsRefusedByTheBot(FakeGitHub github) {
    WebhookSender remote = WebhookSender.forUrl(route(), "not-the-bot-secret");

    remote.send("issues.opened").assertStatus(401);

    github.assertNoCalls();
  }

  @Test
  void postsExactlyWhatItIsGiven() {
    WebhookSender remote = WebhookSender.forUrl(route(), TestIdentity.shared().webhookSecret());
    byte[] body = "{\"zen\":\"Design for failure.\"}".getBytes(UTF_8);

    DeliveryResult result =
        remote.post(
            java.util.Map.of(
                "Content-Type",
                "application/json",
                "X-GitHub-Event",
                "ping",
                "X-GitHub-Delivery",
                "for-url-ping-1",
                WebhookSigner.HEADER,
                remote.sign(body)),
            body);

    result.assertAccepted();
    assertThat(result.deliveryId()).isEqualTo("for-url-ping-1");
    assertThat(result.dispatched()).isFalse();
  }

  @Test
  void refusesAUrlItCannotPostTo() {
    assertThatThrownBy(() -> WebhookSender.forUrl(URI.create("/api/github/webhooks"), "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Expected an absolute http(s) webhook URL such as"
                + " http://127.0.0.1:3000/api/github/webhooks but got /api/github/webhooks");
    assertThatThrownBy(() -> WebhookSender.forUrl(URI.create("http://127.0.0.1:1/hook"), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The webhook secret is empty: pass the secret the bot is configured with");
  }
}
