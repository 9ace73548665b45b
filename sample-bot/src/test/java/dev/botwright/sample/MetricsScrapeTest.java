package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.BotTest;
import dev.botwright.test.WebhookSender;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The sample bot exposes Botwright's metrics at /prometheus, as docs/operations.md tells operators
 * to scrape them: a greeting shows up as a handled delivery, a timed handler and a GitHub call.
 */
@BotTest
class MetricsScrapeTest {

  @Inject EmbeddedServer server;

  private final HttpClient http = HttpClient.newHttpClient();

  private String scrape() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + "/prometheus")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.body();
  }

  @Test
  void aGreetingIsCountedTimedAndItsCommentCounted(WebhookSender webhooks) {
    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(scrape())
                    .contains(
                        "botwright_deliveries_total{action=\"opened\",event=\"issues\","
                            + "outcome=\"handled\"} 1.0")
                    .contains("botwright_handler_seconds_count{handler=\"Greeter#greet\"} 1")
                    .contains(
                        "botwright_github_requests_total{method=\"POST\","
                            + "route=\"/repos/{owner}/{repo}/issues/{issue_number}/comments\","
                            + "status=\"201\"} 1.0")
                    .doesNotContain("Codertocat"));
  }
}
