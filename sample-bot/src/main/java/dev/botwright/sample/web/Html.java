package dev.botwright.sample.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Server-rendered pages: every value goes through {@link #escape}; no scripts at all. */
final class Html {

  private static final String STYLE =
      "body{font:15px/1.5 system-ui,sans-serif;color:#1f2328;max-width:760px;margin:32px auto;"
          + "padding:0 16px}pre{background:#f6f8fa;padding:12px;overflow:auto}"
          + "li{margin:4px 0}.muted{color:#59636e}";

  private Html() {}

  static MutableHttpResponse<String> page(HttpStatus status, String title, String body) {
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + escape(title)
            + "</title><style>"
            + STYLE
            + "</style></head><body><h1>"
            + escape(title)
            + "</h1>"
            + body
            + "</body></html>";
    return HttpResponse.<String>status(status)
        .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'")
        .body(html);
  }

  static String escape(String text) {
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

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
