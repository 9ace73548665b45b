package dev.botwright.internal.deliverylog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.internal.setup.SetupHttp;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wrong tokens in the sign-in form count against the admin API's limit, and the other way. */
class PageSignInLimitsTest {

  @Test
  void wrongTokensInTheFormLockTheAddressOutOfTheFormAndTheAdminApi() {
    try (PageBot bot = new PageBot(Map.of("botwright.admin.max-failures-per-address", "3"))) {
      PageHttp guesser = new PageHttp(bot);
      assertThat(guesser.signIn("guess-1").statusCode()).isEqualTo(401);
      HttpResponse<String> api =
          SetupHttp.get(
              URI.create(bot.base() + "/botwright/admin/deliveries"),
              "Authorization",
              "Bearer guess-2");
      assertThat(api.statusCode()).isEqualTo(401);
      assertThat(guesser.signIn("guess-3").statusCode()).isEqualTo(401);

      HttpResponse<String> locked = guesser.signIn(PageBot.TOKEN);

      assertThat(locked.statusCode()).isEqualTo(429);
      assertThat(locked.headers().firstValue("Retry-After")).isPresent();
      assertThat(locked.body())
          .contains("Too many wrong admin tokens from this address within a minute")
          .doesNotContain(PageBot.TOKEN);
      assertThat(locked.headers().allValues("Set-Cookie")).isEmpty();
      assertThat(
              SetupHttp.get(
                      URI.create(bot.base() + "/botwright/admin/deliveries"),
                      "Authorization",
                      "Bearer " + PageBot.TOKEN)
                  .statusCode())
          .isEqualTo(429);
    }
  }
}
