package dev.botwright.install;

import static dev.botwright.web.HtmlPage.escape;

import dev.botwright.web.HtmlPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/**
 * The few pages of the installation flow: one heading, one message, an optional link, in the {@link
 * HtmlPage} skeleton (the callback's query carries GitHub's code).
 */
final class InstallPages {

  private static final String STYLE =
      "body{font:16px/1.5 system-ui,sans-serif;color:#1f2328;max-width:640px;margin:48px auto;"
          + "padding:0 16px}";

  private InstallPages() {}

  static MutableHttpResponse<String> page(
      HttpStatus status,
      String id,
      String title,
      String message,
      @Nullable String linkUrl,
      @Nullable String linkText) {
    StringBuilder body = new StringBuilder(256);
    body.append("<main id=\"")
        .append(escape(id))
        .append("\"><h1>")
        .append(escape(title))
        .append("</h1><p id=\"message\">")
        .append(escape(message))
        .append("</p>");
    if (linkUrl != null) {
      body.append("<p><a id=\"next\" href=\"")
          .append(escape(linkUrl))
          .append("\">")
          .append(escape(linkText))
          .append("</a></p>");
    }
    body.append("</main>");
    return HtmlPage.response(status, HtmlPage.document(title, STYLE, body.toString()));
  }

  static MutableHttpResponse<String> error(HttpStatus status, String message) {
    return page(status, "problem", "The installation was not linked", message, "/", "Home");
  }
}
