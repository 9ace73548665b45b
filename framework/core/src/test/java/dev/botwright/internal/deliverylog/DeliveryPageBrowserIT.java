package dev.botwright.internal.deliverylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.internal.setup.BrowserRun;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A real browser on the delivery log page: headless Debian chromium, driven by playwright-core from
 * {@code src/test/browser/deliveries.mjs}, is refused without the admin token and with a wrong one,
 * signs in, lists and filters the deliveries, opens the failed one (stack trace, masked payload
 * whose {@code <script>} stays text under the page's CSP), runs it again and sees it done.
 * Requirements: see {@code src/test/browser/README.md}.
 */
class DeliveryPageBrowserIT {

  static final Path SCREENSHOT = Path.of("target/delivery-log-browser/delivery-log.png");

  @Test
  void anOperatorSignsInFiltersOpensTheFailedDeliveryAndRunsItAgain() throws Exception {
    BrowserRun.requireTools("DeliveryPageBrowserIT");
    Files.createDirectories(SCREENSHOT.getParent());
    String failed = "flaky-" + UUID.randomUUID();
    String fine = "fine-" + UUID.randomUUID();
    String label = "label-" + UUID.randomUUID();
    try (PageBot bot = new PageBot(Map.of())) {
      FlakyHandler handler = bot.server.getApplicationContext().getBean(FlakyHandler.class);
      assertThat(bot.deliver(fine, "issues", "issues.reopened")).isEqualTo(202);
      assertThat(bot.deliver(label, "label", "label.created")).isEqualTo(202);
      assertThat(bot.deliver(failed, "issues", "issues.opened")).isEqualTo(202);
      await().until(() -> bot.state(failed) == DeliveryState.DEAD);
      await().until(() -> bot.state(label) == DeliveryState.DONE);

      String last =
          BrowserRun.node(
              SCREENSHOT.resolveSibling("node-output.txt"),
              "deliveries.mjs",
              bot.base() + DeliveryPage.PATH,
              PageBot.TOKEN,
              failed,
              SCREENSHOT.toAbsolutePath().toString());
      JsonNode result = JsonMapper.createDefault().readValue(last, JsonNode.class);

      assertThat(result.get("unsignedStatus").getIntValue()).as("%s", result).isEqualTo(401);
      assertThat(result.get("unsignedHasList").getBooleanValue()).isFalse();
      assertThat(result.get("wrongStatus").getIntValue()).isEqualTo(401);
      assertThat(result.get("wrongProblem").getStringValue())
          .isEqualTo("That is not the admin token (botwright.admin.token).");
      assertThat(result.get("listUrl").getStringValue()).isEqualTo(bot.base() + DeliveryPage.PATH);
      assertThat(strings(result.get("listed"))).containsExactlyInAnyOrder(failed, label, fine);
      assertThat(result.get("chartBars").getIntValue()).isPositive();
      assertThat(strings(result.get("filtered"))).containsExactly(failed);
      assertThat(result.get("filteredUrl").getStringValue()).contains("event=issues.opened");
      assertThat(result.get("failedState").getStringValue()).isEqualTo("dead");
      assertThat(result.get("stack").getStringValue())
          .startsWith("java.lang.IllegalStateException: GitHub said 502 while using ghp_[redacted]")
          .contains("at dev.botwright.internal.deliverylog.FlakyHandler.opened(");
      assertThat(result.get("payload").getStringValue())
          .contains("\"title\": \"Flaky: <script>alert('xss')</script>\"")
          .contains("\"email\": \"[redacted]\"")
          .doesNotContain("octocat@example.com");
      assertThat(result.get("scriptsInPage").getIntValue()).isZero();
      assertThat(result.get("notice").getStringValue()).startsWith("Queued again");
      assertThat(result.get("finalState").getStringValue()).isEqualTo("done");
      assertThat(strings(result.get("attempts")))
          .hasSize(2)
          .last()
          .asString()
          .endsWith("1 handler, all succeeded");
      assertThat(strings(result.get("dialogs"))).isEmpty();
      assertThat(strings(result.get("cspViolations"))).isEmpty();
      assertThat(handler.succeeded).contains(failed);
      assertThat(Files.size(SCREENSHOT)).isGreaterThan(1000);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new java.util.ArrayList<>();
    array.values().forEach(v -> values.add(v.getStringValue()));
    return values;
  }
}
