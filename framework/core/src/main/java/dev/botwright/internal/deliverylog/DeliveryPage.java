package dev.botwright.internal.deliverylog;

import static dev.botwright.internal.web.HtmlPage.escape;

import dev.botwright.internal.web.HtmlPage;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** The page's path, style and frame: a title bar with the sign-out button around each view. */
final class DeliveryPage {

  static final String PATH = "/botwright/deliveries";

  static final String STYLE =
      "body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1f2328}"
          + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d0d7de;"
          + "padding:.3rem .5rem;text-align:left;vertical-align:top}"
          + "pre{background:#f6f8fa;padding:.6rem;overflow:auto;max-height:30rem;font-size:12px}"
          + ".dead,.failed{color:#cf222e}.done{color:#1a7f37}.received,.running{color:#9a6700}"
          + "form.inline{display:inline}header{display:flex;justify-content:space-between}"
          + "fieldset{border:1px solid #d0d7de}label{margin-right:.8rem}"
          + ".notice{background:#ddf4ff;padding:.5rem}.problem{background:#ffebe9;padding:.5rem}";

  private DeliveryPage() {}

  /** A whole signed-in page: title bar, sign-out form, then {@code body} (already escaped). */
  static String frame(String title, String csrf, String body) {
    return HtmlPage.document(
        title,
        STYLE,
        "<header><h1>"
            + escape(title)
            + "</h1>"
            + postButton(PATH + "/sign-out", csrf, "Sign out", "sign-out")
            + "</header>"
            + body);
  }

  /** A form that posts only its CSRF token: one button. */
  static String postButton(String action, String csrf, String label, String id) {
    return "<form class=\"inline\" method=\"post\" action=\""
        + escape(action)
        + "\"><input type=\"hidden\" name=\"csrf\" value=\""
        + escape(csrf)
        + "\"><button type=\"submit\" id=\""
        + escape(id)
        + "\">"
        + escape(label)
        + "</button></form>";
  }

  /** The sign-in form, with {@code problem} above it unless empty. */
  static String signIn(String problem) {
    return HtmlPage.document(
        "Sign in: delivery log",
        STYLE,
        "<h1>Delivery log</h1>"
            + (problem.isEmpty()
                ? ""
                : "<p class=\"problem\" id=\"problem\">" + escape(problem) + "</p>")
            + "<form method=\"post\" action=\""
            + PATH
            + "/sign-in\"><label>Admin token (botwright.admin.token) <input type=\"password\""
            + " name=\"token\" id=\"token\" autocomplete=\"off\" required></label>"
            + "<button type=\"submit\" id=\"sign-in\">Sign in</button></form>");
  }

  /**
   * {@code html} with the pages' headers, but {@code Referrer-Policy: same-origin}: with {@code
   * no-referrer} a browser sends {@code Origin: null} with the forms, which the guard refuses, and
   * these URLs hold nothing secret.
   */
  static MutableHttpResponse<String> response(HttpStatus status, String html) {
    MutableHttpResponse<String> page = HtmlPage.response(status, html);
    page.getHeaders().set("Referrer-Policy", "same-origin");
    return page;
  }
}
