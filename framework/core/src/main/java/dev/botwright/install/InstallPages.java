package dev.botwright.install;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * The few pages of the installation flow: one heading, one message, an optional link. Every value
 * is escaped; no scripts, no framing, no referrer (the callback's query carries GitHub's code).
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
    StringBuilder html = new StringBuilder(512);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body><main id=\"")
        .append(escape(id))
        .append("\"><h1>")
        .append(escape(title))
        .append("</h1><p id=\"message\">")
        .append(escape(message))
        .append("</p>");
    if (linkUrl != null) {
      html.append("<p><a id=\"next\" href=\"")
          .append(escape(linkUrl))
          .append("\">")
          .append(escape(linkText))
          .append("</a></p>");
    }
    html.append("</main></body></html>");
    return HttpResponse.<String>status(status)
        .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .body(html.toString());
  }

  static MutableHttpResponse<String> error(HttpStatus status, String message) {
    return page(status, "problem", "The installation was not linked", message, "/", "Home");
  }

  static String escape(@Nullable String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
