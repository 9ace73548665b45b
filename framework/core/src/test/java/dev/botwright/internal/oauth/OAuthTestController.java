package dev.botwright.internal.oauth;

import dev.botwright.oauth.SignInRequiredException;
import dev.botwright.oauth.UserSession;
import dev.botwright.oauth.UserSessions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/** A bot's own pages, as a user would write them: who is signed in, and a file read as them. */
@Controller("/me")
@Requires(property = "botwright.test.oauth-controller", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class OAuthTestController {

  private final UserSessions sessions;

  OAuthTestController(UserSessions sessions) {
    this.sessions = sessions;
  }

  @Get(produces = "text/plain")
  String me(HttpRequest<?> request) {
    UserSession user = required(request);
    return user.login() + " " + user.userId() + " " + user.email().orElse("-");
  }

  @Get(uri = "/optional", produces = "text/plain")
  String optional(HttpRequest<?> request) {
    return sessions.current(request).map(UserSession::login).orElse("anonymous");
  }

  @Get(uri = "/file", produces = "text/plain")
  String file(HttpRequest<?> request) {
    UserSession user = required(request);
    return user.github()
        .request(
            "GET /repos/{owner}/{repo}/contents/{path}",
            Map.of("owner", "octo-org", "repo", "app", "path", "README.md", "ref", "main"))
        .body()
        .get("content")
        .getStringValue();
  }

  /** As an installation's setup callback would: a code from GitHub without PKCE. */
  @Get(uri = "/installed", produces = "text/plain")
  String installed(HttpRequest<?> request, @QueryValue String code) {
    return sessions.signIn(request, code).login();
  }

  private UserSession required(HttpRequest<?> request) {
    return sessions
        .current(request)
        .orElseThrow(() -> new SignInRequiredException("GET /me", "no session"));
  }
}
