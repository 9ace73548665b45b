package dev.botwright.setup;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The setup pages: HTML templates under {@code META-INF/botwright/setup/} where {@code {{name}}} is
 * replaced by an escaped value and {@code {{{name}}}} by markup built here.
 */
final class Pages {

  private static final String ROOT = "META-INF/botwright/setup/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)([a-zA-Z]+)\\}?\\}\\}");

  /** No scripts, no framing, no referrer: the callback URL carries GitHub's one-time code. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

  private Pages() {}

  /** A full page with {@code fragment} rendered from {@code values} inside the layout. */
  static MutableHttpResponse<String> page(
      HttpStatus status, String title, String fragment, Map<String, String> values) {
    String content = render(template(fragment), values);
    String html = render(template("layout.html"), Map.of("title", title, "content", content));
    return HttpResponse.<String>status(status)
        .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .body(html);
  }

  /** An error page with a link back to {@code retryUrl}. */
  static MutableHttpResponse<String> error(HttpStatus status, String message, String retryUrl) {
    return page(
        status,
        "Setup did not finish",
        "error.html",
        Map.of("message", message, "retryUrl", retryUrl));
  }

  static String render(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.getOrDefault(m.group(2), "");
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group(1).isEmpty() ? escape(value) : value));
    }
    m.appendTail(out);
    return out.toString();
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

  private static String template(String name) {
    try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException(
            ROOT + name + " is missing: the botwright jar is incomplete");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
