package dev.botwright.internal.web;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * The pages Botwright serves itself (setup, installation, sign-in): one skeleton, one escaping and
 * one set of headers. No scripts, no framing, no referrer: their URLs can carry GitHub's one-time
 * codes.
 */
@Internal
public final class HtmlPage {

  /** Inline styles only; nothing is loaded from anywhere. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

  private HtmlPage() {}

  /**
   * A whole document.
   *
   * @param title the document title, escaped here
   * @param style CSS for a {@code <style>} element, or null for none
   * @param body the markup inside {@code <body>}, already escaped by the caller
   */
  public static String document(String title, @Nullable String style, String body) {
    StringBuilder html = new StringBuilder(256 + body.length());
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(escape(title))
        .append("</title>");
    if (style != null) {
      html.append("<style>").append(style).append("</style>");
    }
    return html.append("</head><body>").append(body).append("</body></html>").toString();
  }

  /** {@code html} as an uncached UTF-8 page with the headers above. */
  public static MutableHttpResponse<String> response(HttpStatus status, String html) {
    return HttpResponse.<String>status(status)
        .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .body(html);
  }

  /** {@code text} safe inside an element or a quoted attribute; null becomes empty. */
  public static String escape(@Nullable String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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
