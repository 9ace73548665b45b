package dev.botwright.internal.deliverylog;

import dev.botwright.internal.setup.SetupHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** An operator's browser, by hand: signs in once, then sends the session cookie and its forms. */
final class PageHttp {

  private final PageBot bot;
  String session = "";

  PageHttp(PageBot bot) {
    this.bot = bot;
  }

  /** Signs in with {@code token}; keeps the session cookie when one is set. */
  HttpResponse<String> signIn(String token) {
    HttpResponse<String> response =
        post(DeliveryPage.PATH + "/sign-in", "token=" + token, "Origin", bot.base());
    if (response.statusCode() == 303) {
      session = SetupHttp.cookie(response, PageSessions.COOKIE);
    }
    return response;
  }

  HttpResponse<String> get(String path) {
    return SetupHttp.get(URI.create(bot.base() + path), "Cookie", cookie());
  }

  /** A form post with the session cookie and the page's own Origin, unless headers say else. */
  HttpResponse<String> post(String path, String form, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(bot.base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie())
            .POST(HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return SetupHttp.send(request.build());
  }

  /** The CSRF token of this session's forms, read from a page. */
  String csrf() {
    return SetupHttp.hidden(get(DeliveryPage.PATH).body(), "csrf");
  }

  private String cookie() {
    return PageSessions.COOKIE + "=" + session;
  }
}
