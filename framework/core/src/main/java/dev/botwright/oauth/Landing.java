package dev.botwright.oauth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
    MutableHttpResponse<?> response =
        strict
            ? HttpResponse.status(HttpStatus.OK)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Content-Security-Policy", "default-src 'none'")
                .body(page(returnTo))
            : HttpResponse.seeOther(URI.create(returnTo));
    return response.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
  }

  private static String page(String returnTo) {
    String target = escape(returnTo);
    return "<!doctype html><html><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"refresh\" content=\"0;url="
        + target
        + "\"><title>Signed in</title></head><body><p>Signed in. <a id=\"continue\" href=\""
        + target
        + "\">Continue</a></p></body></html>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&#39;");
  }
}
