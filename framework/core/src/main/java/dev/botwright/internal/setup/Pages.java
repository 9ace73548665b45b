package dev.botwright.internal.setup;

import static dev.botwright.internal.web.HtmlPage.escape;

import dev.botwright.internal.web.HtmlPage;
import io.micronaut.http.HttpStatus;
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

  /** The layout's styles (the skeleton itself is {@link HtmlPage}'s). */
  private static final String STYLE =
      """
      body { font: 16px/1.5 system-ui, sans-serif; color: #1f2328; background: #f6f8fa; margin: 0; }
      main { max-width: 640px; margin: 48px auto; background: #fff; border: 1px solid #d0d7de;
        border-radius: 8px; padding: 24px 32px; }
      h1 { font-size: 24px; margin-top: 0; }
      code, pre { font: 13px ui-monospace, monospace; background: #f6f8fa; border-radius: 4px; }
      pre { padding: 8px; overflow: auto; max-height: 160px; }
      button, .button { background: #1f883d; color: #fff; border: 0; border-radius: 6px;
        padding: 8px 16px; font-size: 16px; cursor: pointer; text-decoration: none;
        display: inline-block; }
      .problem { color: #d1242f; }
      label { display: block; margin: 12px 0 4px; font-weight: 600; }
      input[type=text], input[type=password] { width: 100%; padding: 6px; box-sizing: border-box; }
      .muted { color: #59636e; font-size: 14px; }
      """;

  private Pages() {}

  /** A full page with {@code fragment} rendered from {@code values} inside the layout. */
  static MutableHttpResponse<String> page(
      HttpStatus status, String title, String fragment, Map<String, String> values) {
    String content = render(template(fragment), values);
    String body = "<main>\n<h1>" + escape(title) + "</h1>\n" + content + "</main>";
    return HtmlPage.response(status, HtmlPage.document(title + " · Botwright", STYLE, body));
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
