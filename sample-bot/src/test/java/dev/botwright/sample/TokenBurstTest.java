package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.BotTest;
import dev.botwright.test.DeliveryResult;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A burst of deliveries for an installation the bot has never seen: every one is handled, and the
 * installation's token is minted exactly once however many handlers ask for it at the same time.
 */
@BotTest
class TokenBurstTest {

  private static final int DELIVERIES = 500;
  private static final int SENDERS = 100;

  /** Used by no other test in this JVM, so its token cannot be cached yet. */
  private static final long FRESH_INSTALLATION = 777_000_001L;

  @Test
  void fiveHundredConcurrentDeliveriesShareOneTokenMint(FakeGitHub github, WebhookSender webhooks)
      throws Exception {
    byte[] payload = issuesOpenedFor(FRESH_INSTALLATION);
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    List<Future<DeliveryResult>> results = new ArrayList<>();
    try {
      for (int i = 0; i < DELIVERIES; i++) {
        results.add(senders.submit(() -> webhooks.send("issues.opened", payload)));
      }
      for (Future<DeliveryResult> result : results) {
        result.get(WebhookSender.HANDLER_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS).assertHandled();
      }
    } finally {
      senders.shutdownNow();
    }

    assertThat(results).hasSize(DELIVERIES);
    assertThat(github.tokenMints()).isEqualTo(1);
    assertThat(github.assertCalled(FakeGitHub.TOKEN_ROUTE).times(1).calls().get(0).path())
        .isEqualTo("/app/installations/" + FRESH_INSTALLATION + "/access_tokens");
    github
        .assertCalled("POST /repos/{owner}/{repo}/issues/{issue_number}/comments")
        .times(DELIVERIES);
    // Besides the comments, only the greeting's configuration file is read (the testing kit reads
    // it afresh for every delivery: botwright.repo-config.max-age=0s).
    assertThat(github.apiCalls())
        .filteredOn(call -> !call.path().contains("/contents/.github/botwright.yml"))
        .hasSize(DELIVERIES);
  }

  private static byte[] issuesOpenedFor(long installation) {
    Fixture fixture = Fixture.of("issues.opened");
    assertThat(fixture.json().get("installation").get("id").getLongValue()).isEqualTo(4242);
    return fixture.installation(installation).bytes();
  }
}
