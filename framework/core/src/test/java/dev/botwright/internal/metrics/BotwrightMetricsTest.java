package dev.botwright.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class BotwrightMetricsTest {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final BotwrightMetrics metrics = new BotwrightMetrics(registry, 2);

  private List<String> lines() {
    return registry.scrape().lines().filter(l -> !l.startsWith("#")).toList();
  }

  private List<String> names() {
    return lines().stream().map(l -> l.split("[{ ]", 2)[0]).distinct().toList();
  }

  @Test
  void everyMeterRendersUnderItsPrometheusName() {
    metrics.delivery("issues", "opened", DeliveryOutcome.HANDLED);
    metrics.handler("Greeter#greet", 1_000_000);
    metrics.queueDepth(() -> 3);
    metrics.journalBytes(() -> 4096L);
    metrics.tokenMinted();
    metrics.tokenCacheHit();
    metrics.githubRequest("GET", "/repos/{owner}/{repo}", 200);
    metrics.rateLimitRemaining(1, 4999);
    metrics.redeliveryRequested();

    List<String> names = names();
    for (String name : MeterNames.PROMETHEUS) {
      assertThat(names).as(name).anyMatch(n -> n.equals(name) || n.equals(name + "_bucket"));
    }
    assertThat(lines())
        .contains(
            "botwright_deliveries_total{action=\"opened\",event=\"issues\",outcome=\"handled\"} 1.0",
            "botwright_queue_depth 3.0",
            "botwright_journal_bytes 4096.0",
            "botwright_github_rate_limit_remaining{installation=\"1\"} 4999.0")
        .anyMatch(l -> l.startsWith("botwright_handler_seconds_bucket{handler=\"Greeter#greet\""));
  }

  @Test
  void anEventOutsideGitHubsCatalogCountsAsOther() {
    metrics.delivery("made_up_event", "opened", DeliveryOutcome.REJECTED_SIGNATURE);
    metrics.delivery("another_one", null, DeliveryOutcome.REJECTED_SIGNATURE);

    assertThat(lines())
        .contains(
            "botwright_deliveries_total{action=\"none\",event=\"other\","
                + "outcome=\"rejected_signature\"} 2.0")
        .noneMatch(l -> l.contains("made_up") || l.contains("another_one"));
  }

  @Test
  void anActionOutsideTheEventsCatalogCountsAsOther() {
    metrics.delivery("issues", "teleported", DeliveryOutcome.UNHANDLED);
    metrics.delivery("issues", "vanished", DeliveryOutcome.UNHANDLED);
    metrics.delivery("push", null, DeliveryOutcome.UNHANDLED);

    assertThat(lines())
        .contains(
            "botwright_deliveries_total{action=\"other\",event=\"issues\",outcome=\"unhandled\"} 2.0",
            "botwright_deliveries_total{action=\"none\",event=\"push\",outcome=\"unhandled\"} 1.0");
  }

  @Test
  void aConcretePathCountsAsOtherAndAMissingAnswerAsNone() {
    metrics.githubRequest("GET", "/repos/octocat/Hello-World/issues/1", 200);
    metrics.githubRequest("GET", "/repos/{owner}/{repo}/issues/{issue_number}", 404);
    metrics.githubRequest("POST", "/graphql", 0);

    assertThat(lines())
        .contains(
            "botwright_github_requests_total{method=\"GET\",route=\"other\",status=\"200\"} 1.0",
            "botwright_github_requests_total{method=\"GET\","
                + "route=\"/repos/{owner}/{repo}/issues/{issue_number}\",status=\"404\"} 1.0",
            "botwright_github_requests_total{method=\"POST\",route=\"/graphql\",status=\"none\"} 1.0")
        .noneMatch(l -> l.contains("octocat"));
  }

  @Test
  void theRateLimitGaugeKeepsOnlyTheInstallationsThatCalledLast() {
    metrics.rateLimitRemaining(1, 100);
    metrics.rateLimitRemaining(2, 200);
    metrics.rateLimitRemaining(1, 99);
    metrics.rateLimitRemaining(3, 300);

    assertThat(lines().stream().filter(l -> l.startsWith("botwright_github_rate_limit_remaining")))
        .containsExactlyInAnyOrder(
            "botwright_github_rate_limit_remaining{installation=\"1\"} 99.0",
            "botwright_github_rate_limit_remaining{installation=\"3\"} 300.0");
  }
}
