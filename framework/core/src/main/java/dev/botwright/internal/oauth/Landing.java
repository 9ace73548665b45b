package dev.botwright.internal.oauth;

import dev.botwright.internal.web.HtmlPage;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.net.URI;

/**
 * Where a finished sign-in sends the browser. GitHub's redirect to the callback is a cross-site
 * navigation: a Strict cookie set on its response is stored, but a redirect from there is still
 * part of that cross-site navigation and would arrive without it. With a Strict access cookie the
 * callback therefore answers a small same-origin page that moves on by itself (a navigation the
 * bot's own page starts is same-site); otherwise a plain 303.
 */
final class Landing {

  private Landing() {}

  /** {@code returnTo} is already a safe local path ({@link ReturnTo#safe}). */
  static MutableHttpResponse<?> of(String returnTo, boolean strict) {
    if (!strict) {
      return HttpResponse.seeOther(URI.create(returnTo))
          .header("Cache-Control", "no-store")
          .header("Referrer-Policy", "no-referrer");
    }
    String target = HtmlPage.escape(returnTo);
    String page =
        HtmlPage.document(
                "Signed in",
                null,
                "<p>Signed in. <a id=\"continue\" href=\"" + target + "\">Continue</a></p>")
            .replace(
                "<title>", "<meta http-equiv=\"refresh\" content=\"0;url=" + target + "\"><title>");
    return HtmlPage.response(HttpStatus.OK, page);
  }
}
