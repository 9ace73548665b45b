package dev.botwright.test;

import static dev.botwright.test.PrometheusScrape.labels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Botwright's meters as an operator's Prometheus sees them: deliveries through the real webhook
 * route, handlers calling the fake GitHub, and {@code /prometheus} read over HTTP and parsed.
 */
@BotTest
@Property(name = "spec.name", value = "MetricsTest")
@Property(name = "botwright.dispatch.max-attempts", value = "2")
@Property(name = "botwright.dispatch.retry-initial-backoff", value = "10ms")
@Property(name = "botwright.dispatch.retry-max-backoff", value = "10ms")
class MetricsTest {

  private static final String DELIVERIES = "botwright_deliveries_total";
  private static final String COMMENTS = "/repos/{owner}/{repo}/issues/{issue_number}/comments";

  @Inject EmbeddedServer server;

  private PrometheusScrape scrape() {
    return PrometheusScrape.read(server.getURI().resolve("/prometheus"));
  }

  private double deliveries(String event, String action, String outcome) {
    return scrape().value(DELIVERIES, labels("event", event, "action", action, "outcome", outcome));
  }

  /** Waits until the series has grown by {@code by} from {@code before}. */
  private void awaitDeliveries(String event, String action, String outcome, double expected) {
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(deliveries(event, action, outcome)).isEqualTo(expected));
  }

  @Test
  void countsAHandledDeliveryItsHandlerTimeAndItsGitHubRequest(WebhookSender webhooks) {
    double handled = deliveries("issues", "opened", "handled");
    PrometheusScrape before = scrape();
    Map<String, String> comment = labels("method", "POST", "route", COMMENTS, "status", "201");
    double comments = before.value("botwright_github_requests_total", comment);
    Map<String, String> handler = labels("handler", "MetricsHandlers#comment");
    double timed = before.value("botwright_handler_seconds_count", handler);

    webhooks.send("issues.opened", Fixture.of("issues.opened").installation(7001)).assertHandled();

    awaitDeliveries("issues", "opened", "handled", handled + 1);
    PrometheusScrape after = scrape();
    assertThat(after.value("botwright_github_requests_total", comment)).isEqualTo(comments + 1);
    assertThat(after.value("botwright_handler_seconds_count", handler)).isEqualTo(timed + 1);
    assertThat(after.named("botwright_handler_seconds_bucket"))
        .filteredOn(s -> s.labels().get("handler").equals("MetricsHandlers#comment"))
        .hasSizeGreaterThan(1);
    // Concrete paths never become labels: the fixture's repository is nowhere in the scrape.
    assertThat(after.named("botwright_github_requests_total"))
        .allSatisfy(s -> assertThat(s.labels().get("route")).doesNotContain("Hello-World"));
    assertThat(after.named("botwright_queue_depth")).hasSize(1);
    assertThat(after.named("botwright_journal_bytes"))
        .singleElement()
        .satisfies(s -> assertThat(s.value()).isPositive());
  }

  @Test
  void countsAMintThenACacheHit(WebhookSender webhooks, FakeGitHub github) {
    PrometheusScrape before = scrape();
    double mints = before.value("botwright_token_mints_total", Map.of());
    double hits = before.value("botwright_token_cache_hits_total", Map.of());
    Map<String, String> mint =
        labels(
            "method",
            "POST",
            "route",
            "/app/installations/{installation_id}/access_tokens",
            "status",
            "201");
    double mintRequests = before.value("botwright_github_requests_total", mint);

    webhooks.send("issues.opened", Fixture.of("issues.opened").installation(7002)).assertHandled();
    PrometheusScrape minted = scrape();
    assertThat(minted.value("botwright_token_mints_total", Map.of())).isEqualTo(mints + 1);
    assertThat(minted.value("botwright_github_requests_total", mint)).isEqualTo(mintRequests + 1);

    webhooks.send("issues.opened", Fixture.of("issues.opened").installation(7002)).assertHandled();
    PrometheusScrape cached = scrape();
    assertThat(cached.value("botwright_token_mints_total", Map.of())).isEqualTo(mints + 1);
    assertThat(cached.value("botwright_token_cache_hits_total", Map.of())).isGreaterThan(hits);
    assertThat(github.tokenMints(7002)).isEqualTo(1);
  }

  @Test
  void showsTheRateLimitLeftOfTheInstallationThatCalled(WebhookSender webhooks, FakeGitHub github) {
    github.stub("POST " + COMMENTS, 201, "{\"id\": 1}", Map.of("x-ratelimit-remaining", "4321"));

    webhooks.send("issues.opened", Fixture.of("issues.opened").installation(7003)).assertHandled();

    assertThat(
            scrape().value("botwright_github_rate_limit_remaining", labels("installation", "7003")))
        .isEqualTo(4321);
  }

  @Test
  void countsAFailedAttemptItsRetryAndTheDeadDelivery(WebhookSender webhooks) {
    double failed = deliveries("issues", "closed", "failed");
    double retried = deliveries("issues", "closed", "retried");
    double dead = deliveries("issues", "closed", "dead");

    webhooks.send("issues.closed").assertFailed();

    awaitDeliveries("issues", "closed", "dead", dead + 1);
    assertThat(deliveries("issues", "closed", "failed")).isEqualTo(failed + 2);
    assertThat(deliveries("issues", "closed", "retried")).isEqualTo(retried + 1);
  }

  @Test
  void countsADuplicateDelivery(WebhookSender webhooks) {
    double duplicates = deliveries("issues", "opened", "duplicate");
    byte[] body = Fixture.of("issues.opened").installation(7004).bytes();
    Map<String, String> headers = signed("issues", webhooks.sign(body));

    webhooks.post(headers, body).assertHandled();
    webhooks.post(headers, body).assertStatus(202);

    assertThat(deliveries("issues", "opened", "duplicate")).isEqualTo(duplicates + 1);
  }

  @Test
  void countsADeliveryNobodyHandles(WebhookSender webhooks) {
    double unhandled = deliveries("issues", "edited", "unhandled");

    webhooks.send("issues.edited").assertStatus(202);

    assertThat(deliveries("issues", "edited", "unhandled")).isEqualTo(unhandled + 1);
  }

  @Test
  void countsABadSignatureUnderAKnownEvent(WebhookSender webhooks) {
    double rejected = deliveries("issues", "none", "rejected_signature");
    byte[] body = Fixture.of("issues.opened").bytes();

    webhooks.post(signed("issues", "sha256=" + "0".repeat(64)), body).assertStatus(401);

    assertThat(deliveries("issues", "none", "rejected_signature")).isEqualTo(rejected + 1);
  }

  @Test
  void aBadSignatureWithARandomEventAddsNoSeries(WebhookSender webhooks) {
    String invented = "invented_" + UUID.randomUUID().toString().replace("-", "");
    double other = deliveries("other", "none", "rejected_signature");
    byte[] body = Fixture.of("issues.opened").bytes();

    webhooks.post(signed(invented, "sha256=" + "1".repeat(64)), body).assertStatus(401);

    PrometheusScrape after = scrape();
    assertThat(after.text()).doesNotContain(invented);
    assertThat(
            after.value(
                DELIVERIES,
                labels("event", "other", "action", "none", "outcome", "rejected_signature")))
        .isEqualTo(other + 1);
  }

  @Test
  void showsNoSecretAndNoUserName(WebhookSender webhooks) {
    webhooks.send("issues.opened", Fixture.of("issues.opened").installation(7005)).assertHandled();
    String sender = Fixture.of("issues.opened").json().get("sender").get("login").getStringValue();

    String text = scrape().text();

    assertThat(sender).isNotBlank();
    assertThat(text).doesNotContain(sender).doesNotContain("ghs_").doesNotContain("sha256=");
    assertThat(text.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
  }

  private static Map<String, String> signed(String event, String signature) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-GitHub-Event", event);
    headers.put("X-GitHub-Delivery", UUID.randomUUID().toString());
    headers.put("X-Hub-Signature-256", signature);
    return headers;
  }
}
