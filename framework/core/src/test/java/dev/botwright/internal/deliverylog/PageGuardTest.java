package dev.botwright.internal.deliverylog;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page's guard on its own: host, peer and origin, as requests from elsewhere present them. */
class PageGuardTest {

  private static PageBot bot;
  private static PageGuard guard;
  private static String host;

  @BeforeAll
  static void start() throws Exception {
    bot = new PageBot(Map.of());
    guard = bot.server.getApplicationContext().getBean(PageGuard.class);
    host = "localhost:" + bot.server.getPort();
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  private static String refusal(HttpRequest<?> request, String client) throws Exception {
    HttpResponse<?> answer = guard.refusal(request, InetAddress.getByName(client));
    return answer == null ? "passed" : answer.getStatus().getCode() + " " + answer.body();
  }

  @Test
  void passesTheBotsOwnPageOnThisMachine() throws Exception {
    assertThat(refusal(HttpRequest.GET(DeliveryPage.PATH).header("Host", host), "127.0.0.1"))
        .isEqualTo("passed");
    assertThat(
            refusal(
                HttpRequest.POST(DeliveryPage.PATH + "/x/replay", "csrf=1")
                    .header("Host", host)
                    .header("Origin", "http://" + host),
                "::1"))
        .isEqualTo("passed");
  }

  @Test
  void refusesAnotherMachineUnlessAllowed() throws Exception {
    assertThat(refusal(HttpRequest.GET(DeliveryPage.PATH).header("Host", host), "192.0.2.7"))
        .startsWith("403 ")
        .contains("answers only browsers on the bot&#39;s own machine")
        .contains("botwright.admin.page.allow-remote=true");
  }

  @Test
  void refusesAForeignHostAndAFormFromAnotherOrigin() throws Exception {
    assertThat(
            refusal(
                HttpRequest.GET(DeliveryPage.PATH).header("Host", "attacker.example"), "127.0.0.1"))
        .startsWith("403 ")
        .contains("the host &#39;attacker.example&#39;, which is not one of the bot&#39;s own");
    assertThat(
            refusal(
                HttpRequest.POST(DeliveryPage.PATH + "/sign-in", "token=x")
                    .header("Host", host)
                    .header("Origin", "http://attacker.example"),
                "127.0.0.1"))
        .startsWith("403 ")
        .contains("sent from Origin &#39;http://attacker.example&#39;");
    assertThat(
            refusal(
                HttpRequest.POST(DeliveryPage.PATH + "/sign-in", "token=x")
                    .header("Host", host)
                    .header("Referer", "http://attacker.example/page"),
                "127.0.0.1"))
        .startsWith("403 ");
  }
}
