package dev.botwright.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.SetupConfiguration;
import dev.botwright.config.WebhookConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The webhook proxy is refused with production settings, and its settings must be usable. */
class ProxyCheckTest {

  private static final String REFUSED =
      "botwright.webhook.proxy-url (WEBHOOK_PROXY_URL) is set, but the bot runs with production"
          + " settings (%s). A webhook proxy relays deliveries to a development machine only:"
          + " unset WEBHOOK_PROXY_URL and set the GitHub App's webhook URL to this server's public"
          + " address, e.g. https://bot.example.com/api/github/webhooks.";

  private static WebhookConfiguration proxied(String url) {
    WebhookConfiguration webhook = new WebhookConfiguration();
    webhook.setProxyUrl(url);
    return webhook;
  }

  private static SetupConfiguration publicUrl(String url) {
    SetupConfiguration setup = new SetupConfiguration();
    setup.setPublicUrl(url);
    return setup;
  }

  @Test
  void noProxyNoProblemWhateverTheSettings() {
    assertThat(
            ProxyCheck.problems(
                new WebhookConfiguration(),
                publicUrl("https://bot.example.com"),
                "production",
                "redis://redis:6379"))
        .isEmpty();
  }

  @Test
  void aDevelopmentSetupMayUseTheProxy() {
    assertThat(
            ProxyCheck.problems(
                proxied("https://smee.io/abc123"),
                publicUrl("https://localhost:3000"),
                "development",
                null))
        .isEmpty();
    assertThat(
            ProxyCheck.problems(
                proxied("https://smee.io/abc123"), publicUrl("http://bot.lan:3000"), null, null))
        .isEmpty();
  }

  @Test
  void everyProductionSettingIsNamed() {
    assertThat(
            ProxyCheck.problems(
                proxied("https://smee.io/abc123"),
                publicUrl("https://bot.example.com"),
                "Production",
                "redis://redis:6379"))
        .containsExactly(
            REFUSED.formatted(
                "botwright.environment (NODE_ENV) is production; botwright.redis.url (REDIS_URL)"
                    + " is set; botwright.setup.public-url is 'https://bot.example.com', a public"
                    + " https URL"));
  }

  @Test
  void redisModeAloneIsProduction() {
    assertThat(
            ProxyCheck.problems(
                proxied("https://smee.io/abc123"),
                new SetupConfiguration(),
                null,
                "redis://redis:6379"))
        .containsExactly(REFUSED.formatted("botwright.redis.url (REDIS_URL) is set"));
  }

  @Test
  void aBadUrlOrBackoffIsAnInstruction() {
    WebhookConfiguration webhook = proxied("smee.io/abc123");
    webhook.setProxyInitialBackoff(Duration.ofMinutes(5));
    webhook.setProxyIdleTimeout(Duration.ZERO);

    assertThat(ProxyCheck.problems(webhook, new SetupConfiguration(), null, null))
        .containsExactly(
            "botwright.webhook.proxy-url (WEBHOOK_PROXY_URL) is 'smee.io/abc123': use the"
                + " channel's absolute http(s) URL, e.g. https://smee.io/abc123.",
            "botwright.webhook.proxy-initial-backoff (PT5M) and proxy-max-backoff (PT30S) must be"
                + " positive, the initial no longer than the maximum, e.g. 1s and 30s.",
            "botwright.webhook.proxy-idle-timeout is PT0S: use a positive duration longer than"
                + " the proxy's pings, e.g. 2m.");
  }
}
