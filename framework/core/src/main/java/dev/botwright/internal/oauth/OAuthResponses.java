package dev.botwright.internal.oauth;

import static dev.botwright.internal.web.HtmlPage.escape;

import dev.botwright.internal.web.HtmlPage;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Short answers of the sign-in routes: JSON for clients that ask for it, else a small page. The
 * message is always one written by Botwright, never GitHub's body, a code or a token.
 */
final class OAuthResponses {

  private OAuthResponses() {}

  static MutableHttpResponse<?> error(
      HttpRequest<?> request, int status, String error, String message, String loginUrl) {
    if (wantsJson(request)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", error);
      body.put("message", message);
      if (loginUrl != null) {
        body.put("login", loginUrl);
      }
      return HttpResponse.status(HttpStatus.valueOf(status))
          .header("Cache-Control", "no-store")
          .header("Referrer-Policy", "no-referrer")
          .header("X-Content-Type-Options", "nosniff")
          .contentType(MediaType.APPLICATION_JSON_TYPE)
          .body(body);
    }
    String link =
        loginUrl == null
            ? ""
            : "<p><a id=\"sign-in\" href=\"" + escape(loginUrl) + "\">Sign in with GitHub</a></p>";
    String body =
        "<h1>Sign-in did not work</h1><p id=\"message\">" + escape(message) + "</p>" + link;
    return HtmlPage.response(HttpStatus.valueOf(status), HtmlPage.document("Sign-in", null, body));
  }

  static boolean wantsJson(HttpRequest<?> request) {
    String accept = request.getHeaders().get("Accept");
    return accept != null && accept.contains("application/json") && !accept.contains("text/html");
  }
}
