package dev.botwright.docs;

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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Pages of a bot for a signed-in user: who they are, and a file read with their token. */
@Controller("/my")
@Requires(bean = UserSessions.class)
@ExecuteOn(TaskExecutors.BLOCKING)
class UserPages {

  private final UserSessions sessions;

  UserPages(UserSessions sessions) {
    this.sessions = sessions;
  }

  @Get(produces = "text/plain")
  String whoAmI(HttpRequest<?> request) {
    return sessions.current(request).map(UserSession::login).orElse("not signed in");
  }

  @Get(uri = "/file", produces = "text/plain")
  String file(
      HttpRequest<?> request,
      @QueryValue String owner,
      @QueryValue String repo,
      @QueryValue String path,
      @QueryValue String ref) {
    UserSession user =
        sessions
            .current(request)
            .orElseThrow(() -> new SignInRequiredException("GET /my/file", "not signed in"));
    // As the user: GitHub only shows what they can see. A 401 ends the session for you.
    String base64 =
        user.github()
            .request(
                "GET /repos/{owner}/{repo}/contents/{path}",
                Map.of("owner", owner, "repo", repo, "path", path, "ref", ref))
            .body()
            .get("content")
            .getStringValue();
    return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
