package dev.botwright.internal.deliverylog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.internal.setup.SetupHttp;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The delivery log page over plain HTTP against a real bot with the journal: sign-in, the list and
 * its filters, a failed delivery's page (escaped, masked, with its stack trace), CSRF, the Host and
 * Origin guard, run again and ask GitHub to redeliver.
 */
class DeliveryPageTest {

  private static final String PAGE = DeliveryPage.PATH;

  private static PageBot bot;
  private static PageHttp operator;
  private static final String FLAKY = "flaky-" + UUID.randomUUID();
  private static final String FINE = "fine-" + UUID.randomUUID();
  private static final String PING = "label-" + UUID.randomUUID();

  @BeforeAll
  static void start() {
    bot = new PageBot(Map.of());
    assertThat(bot.deliver(FLAKY, "issues", "issues.opened")).isEqualTo(202);
    assertThat(bot.deliver(FINE, "issues", "issues.reopened")).isEqualTo(202);
    assertThat(bot.deliver(PING, "label", "label.created")).isEqualTo(202);
    await().until(() -> bot.state(FLAKY) == DeliveryState.DEAD);
    await()
        .until(
            () -> bot.state(FINE) == DeliveryState.DONE && bot.state(PING) == DeliveryState.DONE);
    operator = new PageHttp(bot);
    assertThat(operator.signIn(PageBot.TOKEN).statusCode()).isEqualTo(303);
  }

  @AfterAll
  static void stop() {
    if (bot != null) {
      bot.close();
    }
  }

  @Test
  void withoutASessionEveryRouteShowsTheSignInFormAndChangesNothing() {
    PageHttp stranger = new PageHttp(bot);
    for (String path : new String[] {PAGE, PAGE + "/" + FLAKY}) {
      HttpResponse<String> response = stranger.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.body()).contains("name=\"token\"").doesNotContain(FLAKY);
    }
    HttpResponse<String> replay =
        stranger.post(PAGE + "/" + FLAKY + "/replay", "csrf=x", "Origin", bot.base());
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(bot.state(FLAKY)).isEqualTo(DeliveryState.DEAD);

    HttpResponse<String> forged = stranger.get(PAGE);
    stranger.session = operator.session.replace('.', '_') + "x";
    assertThat(stranger.get(PAGE).statusCode()).isEqualTo(401);
    assertThat(forged.headers().firstValue("Content-Security-Policy"))
        .contains(dev.botwright.internal.web.HtmlPage.CONTENT_SECURITY_POLICY);
  }

  @Test
  void aWrongTokenIsRefusedAndTheRightOneSetsAHardenedCookieThatIsNotTheToken() {
    PageHttp guesser = new PageHttp(bot);
    HttpResponse<String> wrong = guesser.signIn("not-the-token");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("That is not the admin token").doesNotContain(PageBot.TOKEN);

    HttpResponse<String> right = guesser.signIn(PageBot.TOKEN);
    assertThat(right.statusCode()).isEqualTo(303);
    assertThat(right.headers().firstValue("Location")).contains(PAGE);
    String cookie = SetupHttp.setCookie(right, PageSessions.COOKIE);
    assertThat(cookie.toLowerCase(java.util.Locale.ROOT))
        .contains("httponly", "samesite=strict", "path=" + PAGE)
        .doesNotContain(PageBot.TOKEN)
        .doesNotContain("secure");
    assertThat(guesser.get(PAGE).statusCode()).isEqualTo(200);
  }

  @Test
  void theListShowsEveryDeliveryWithAChartAndFilters() {
    String all = operator.get(PAGE).body();
    assertThat(all).contains(FLAKY, FINE, PING, "<svg id=\"chart\"", "Codertocat/Hello-World");
    assertThat(all).containsPattern("<title>[0-9]+ dead, [0-9] min ago</title>");
    assertThat(all).containsPattern("<title>[0-9]+ done, [0-9] min ago</title>");

    assertThat(operator.get(PAGE + "?event=issues").body())
        .contains(FLAKY, FINE)
        .doesNotContain(PING);
    assertThat(operator.get(PAGE + "?event=issues.opened").body())
        .contains(FLAKY)
        .doesNotContain(FINE, PING);
    assertThat(operator.get(PAGE + "?state=dead").body())
        .contains(FLAKY)
        .doesNotContain(FINE, PING);
    assertThat(operator.get(PAGE + "?installation=2311213").body())
        .contains(FLAKY, FINE)
        .doesNotContain(PING);
    assertThat(operator.get(PAGE + "?installation=1").body()).doesNotContain(FLAKY, FINE, PING);
    assertThat(operator.get(PAGE + "?repository=codertocat/hello-world").body())
        .contains(FLAKY, FINE)
        .doesNotContain(PING);
    assertThat(operator.get(PAGE + "?from=2000-01-01T00:00&to=2000-01-02T00:00").body())
        .contains("0 deliveries shown")
        .doesNotContain(FLAKY);
    assertThat(operator.get(PAGE + "?from=2000-01-01T00:00").body()).contains(FLAKY, FINE, PING);
    assertThat(operator.get(PAGE + "?state=lost&from=yesterday").body())
        .contains(
            "state &#39;lost&#39; is not one of",
            "from &#39;yesterday&#39; is not a time like 2026-12-06T01:30 (UTC)");
  }

  @Test
  void aFailedDeliveryShowsItsErrorStackTraceAndEscapedMaskedPayload() {
    HttpResponse<String> page = operator.get(PAGE + "/" + FLAKY);

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html)
        .contains("<span id=\"state\" class=\"dead\">dead</span>")
        .contains(
            "FlakyHandler#opened: java.lang.IllegalStateException: GitHub said 502 while using")
        .contains("at dev.botwright.internal.deliverylog.FlakyHandler.opened(")
        .contains("Flaky: &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")
        .contains("&quot;email&quot;: &quot;[redacted]&quot;")
        .contains("ghp_[redacted]")
        .contains("Codertocat/Hello-World")
        .doesNotContain("<script>")
        .doesNotContain("octocat@example.com")
        .doesNotContain(FlakyHandler.LEAKED)
        .doesNotContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    // A browser sends "Origin: null" with the forms of a no-referrer page.
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
  }

  @Test
  void aFormWithoutThisSessionsCsrfTokenIsRefused() {
    for (String form : new String[] {"other=1", "csrf=", "csrf=forged"}) {
      HttpResponse<String> response =
          operator.post(PAGE + "/" + FINE + "/replay", form, "Origin", bot.base());
      assertThat(response.statusCode()).as(form).isEqualTo(403);
      assertThat(response.body()).contains("This form is out of date");
    }
    PageHttp other = new PageHttp(bot);
    other.signIn(PageBot.TOKEN);
    HttpResponse<String> crossed =
        operator.post(PAGE + "/" + FINE + "/replay", "csrf=" + other.csrf(), "Origin", bot.base());
    assertThat(crossed.statusCode()).isEqualTo(403);
    assertThat(bot.journal().find(FINE).orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void aCookieCopiedBeforeSigningOutIsRefusedAfterwards() {
    PageHttp browser = new PageHttp(bot);
    browser.signIn(PageBot.TOKEN);
    PageHttp copy = new PageHttp(bot);
    copy.session = browser.session;
    assertThat(copy.get(PAGE).statusCode()).isEqualTo(200);

    HttpResponse<String> out =
        browser.post(PAGE + "/sign-out", "csrf=" + browser.csrf(), "Origin", bot.base());

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(copy.get(PAGE).statusCode()).isEqualTo(401);
    assertThat(
            copy.post(PAGE + "/" + FINE + "/replay", "csrf=x", "Origin", bot.base()).statusCode())
        .isEqualTo(401);
    assertThat(bot.journal().find(FINE).orElseThrow().attempts()).isEqualTo(1);
    assertThat(operator.get(PAGE).statusCode()).as("other sessions stay").isEqualTo(200);
  }

  @Test
  void aForeignHostOrOriginIsRefused() {
    String rebound =
        SetupHttp.raw(
            bot.server.getPort(),
            "GET",
            PAGE,
            "attacker.example:" + bot.server.getPort(),
            "Cookie",
            PageSessions.COOKIE + "=" + operator.session);
    assertThat(rebound).startsWith("HTTP/1.1 403").contains("not one of the bot&#39;s own names");

    HttpResponse<String> crossSite =
        operator.post(
            PAGE + "/" + FINE + "/replay",
            "csrf=" + operator.csrf(),
            "Origin",
            "http://attacker.example");
    // Micronaut's own CORS guard or PageGuard: either refuses before the controller runs.
    assertThat(crossSite.statusCode()).isEqualTo(403);
    HttpResponse<String> signIn =
        new PageHttp(bot).post(PAGE + "/sign-in", "token=" + PageBot.TOKEN, "Origin", "null");
    assertThat(signIn.statusCode()).isEqualTo(403);
    assertThat(signIn.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(bot.journal().find(FINE).orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void runAgainReplaysTheDeliveryUntilItSucceeds() {
    String id = "replay-" + UUID.randomUUID();
    bot.deliver(id, "issues", "issues.opened");
    await().until(() -> bot.state(id) == DeliveryState.DEAD);

    HttpResponse<String> replay =
        operator.post(PAGE + "/" + id + "/replay", "csrf=" + operator.csrf(), "Origin", bot.base());

    assertThat(replay.statusCode()).isEqualTo(303);
    assertThat(replay.headers().firstValue("Location")).hasValue(PAGE + "/" + id + "?done=queued");
    await().until(() -> bot.state(id) == DeliveryState.DONE);
    String html = operator.get(PAGE + "/" + id + "?done=queued").body();
    assertThat(html)
        .contains("Queued again", "<span id=\"state\" class=\"done\">done</span>", "all succeeded");
  }

  @Test
  void askGitHubToRedeliverFindsTheAttemptOfTheGuidAndPostsIt() {
    bot.github.stubFor(
        get(urlPathEqualTo("/app/hook/deliveries"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "[{\"id\":777,\"guid\":\""
                            + FINE
                            + "\",\"status_code\":202,\"delivered_at\":\""
                            + java.time.Instant.now()
                            + "\"}]")));
    bot.github.stubFor(
        post(urlPathEqualTo("/app/hook/deliveries/777/attempts"))
            .willReturn(aResponse().withStatus(202).withBody("{}")));

    HttpResponse<String> asked =
        operator.post(
            PAGE + "/" + FINE + "/redeliver", "csrf=" + operator.csrf(), "Origin", bot.base());

    assertThat(asked.statusCode()).isEqualTo(303);
    assertThat(asked.headers().firstValue("Location"))
        .hasValue(PAGE + "/" + FINE + "?done=redelivery");
    bot.github.verify(1, postRequestedFor(urlPathEqualTo("/app/hook/deliveries/777/attempts")));

    HttpResponse<String> unknown =
        operator.post(
            PAGE + "/" + PING + "/redeliver", "csrf=" + operator.csrf(), "Origin", bot.base());
    assertThat(unknown.statusCode()).isEqualTo(502);
    assertThat(unknown.body()).contains("GitHub lists no attempt of delivery " + PING);
  }
}
