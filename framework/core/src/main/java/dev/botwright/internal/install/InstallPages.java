package dev.botwright.internal.install;

import static dev.botwright.internal.web.HtmlPage.escape;

import dev.botwright.internal.web.HtmlPage;
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

  /**
   * Asks the signed-in user to confirm linking an installation that arrived without a state: a
   * same-origin form whose {@code state} is bound to this browser's install cookie, so a link from
   * another site links nothing by itself.
   */
  static MutableHttpResponse<String> confirmation(
      String action, long installationId, String setupAction, String state, String login) {
    String message =
        "The app's installation "
            + installationId
            + " is set up. Link it to your account "
            + login
            + "? It is linked only if GitHub lists it among the installations you can access.";
    StringBuilder body = new StringBuilder(512);
    body.append("<main id=\"confirm\"><h1>Link this installation?</h1><p id=\"message\">")
        .append(escape(message))
        .append("</p><form method=\"post\" action=\"")
        .append(escape(action))
        .append("\"><input type=\"hidden\" name=\"installation_id\" value=\"")
        .append(installationId)
        .append("\"><input type=\"hidden\" name=\"setup_action\" value=\"")
        .append(escape(setupAction))
        .append("\"><input type=\"hidden\" name=\"state\" value=\"")
        .append(escape(state))
        .append("\"><button type=\"submit\">Link to my account</button></form>")
        .append("<p><a id=\"next\" href=\"/\">Not now</a></p></main>");
    MutableHttpResponse<String> page =
        HtmlPage.response(
            HttpStatus.OK, HtmlPage.document("Link this installation?", STYLE, body.toString()));
    // From a no-referrer page a browser posts the form with "Origin: null", which the same-origin
    // guard refuses as foreign; same-origin still sends nothing to other sites.
    page.getHeaders().set("Referrer-Policy", "same-origin");
    return page;
  }

  /** A same-origin page that navigates to {@code target} (a local path) by itself. */
  static MutableHttpResponse<String> resume(String target) {
    String href = escape(target);
    String page =
        HtmlPage.document(
                "Back from GitHub",
                STYLE,
                "<main id=\"resume\"><p>Back from GitHub. <a id=\"continue\" href=\""
                    + href
                    + "\">Continue</a></p></main>")
            .replace(
                "<title>", "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"><title>");
    return HtmlPage.response(HttpStatus.OK, page);
  }

  static MutableHttpResponse<String> error(HttpStatus status, String message) {
    return page(status, "problem", "The installation was not linked", message, "/", "Home");
  }
}
