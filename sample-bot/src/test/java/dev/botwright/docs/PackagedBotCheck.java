package dev.botwright.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.TestIdentity;
import dev.botwright.test.WebhookSender;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The steps of testing a packaged bot, as {@code docs/testing.md} shows them; {@code
 * dev.botwright.sample.SampleBotJarIT} runs the same steps against the sample bot's jar.
 */
final class PackagedBotCheck {

  static final String COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

  private PackagedBotCheck() {}

  static void greetsFromTheJar(Path jar, Path workDir) throws Exception {
    TestIdentity identity = TestIdentity.generate();
    try (FakeGitHub github = FakeGitHub.start()) {
      Path key = identity.writePrivateKey(workDir.resolve("app.pem"));
      ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar.toString());
      builder
          .environment()
          .putAll(
              Map.of(
                  "APP_ID", identity.appId(),
                  "PRIVATE_KEY_PATH", key.toString(),
                  "WEBHOOK_SECRET", identity.webhookSecret(),
                  "GITHUB_API_URL", github.baseUrl(),
                  "PORT", "3000"));
      Process bot = builder.start();
      try {
        // ... wait until port 3000 accepts connections, then:
        WebhookSender webhooks =
            WebhookSender.forUrl(
                URI.create("http://127.0.0.1:3000/api/github/webhooks"), identity.webhookSecret());

        webhooks.send(Fixture.of("issues.opened").installation(42)).assertStatus(202);

        // the bot handles it after answering: wait for its call to the fake
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> github.assertCalled(COMMENTS).asInstallation(42).times(1));
        assertThat(github.tokenMints(42)).isEqualTo(1);
      } finally {
        bot.destroy();
      }
    }
  }
}
