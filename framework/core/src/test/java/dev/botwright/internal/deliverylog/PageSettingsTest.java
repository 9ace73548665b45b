package dev.botwright.internal.deliverylog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.internal.setup.SetupHttp;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page is off without the admin token or with enabled=false; allow-remote lets others in. */
class PageSettingsTest {

  @Test
  void withoutTheAdminTokenThePageDoesNotExist() {
    try (EmbeddedServer server =
        ApplicationContext.run(
            EmbeddedServer.class, Map.of("botwright.test.fake-event-clients", "true"))) {
      assertThat(
              SetupHttp.get(URI.create("http://localhost:" + server.getPort() + DeliveryPage.PATH))
                  .statusCode())
          .isEqualTo(404);
      assertThat(server.getApplicationContext().containsBean(DeliveryPageController.class))
          .isFalse();
    }
  }

  @Test
  void disabledThePageAnswers404EvenWithTheToken() {
    try (PageBot bot = new PageBot(Map.of("botwright.admin.page.enabled", "false"))) {
      assertThat(new PageHttp(bot).get(DeliveryPage.PATH).statusCode()).isEqualTo(404);
      assertThat(new PageHttp(bot).signIn(PageBot.TOKEN).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void allowRemoteLetsAnotherMachineReachTheSignInForm() throws Exception {
    try (PageBot bot = new PageBot(Map.of("botwright.admin.page.allow-remote", "true"))) {
      PageGuard guard = bot.server.getApplicationContext().getBean(PageGuard.class);
      assertThat(
              guard.refusal(
                  io.micronaut.http.HttpRequest.GET(DeliveryPage.PATH)
                      .header("Host", "localhost:" + bot.server.getPort()),
                  java.net.InetAddress.getByName("192.0.2.7")))
          .isNull();
    }
  }
}
