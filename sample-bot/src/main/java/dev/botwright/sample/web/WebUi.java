package dev.botwright.sample.web;

import dev.botwright.config.InstallConfiguration;
import dev.botwright.config.OAuthConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.install.IndexedInstallation;
import dev.botwright.install.IndexedRepository;
import dev.botwright.install.InstallationAccess;
import dev.botwright.oauth.UserSession;
import dev.botwright.oauth.UserSessions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sample's pages. Only the framework's public API: {@link UserSessions} for the signed-in user,
 * {@link InstallationAccess} for what they may see (the repositories GitHub lists for the user, not
 * everything the installation can access), and the user's own client to read files, so GitHub
 * itself enforces the user's access.
 */
@Controller
@Requires(property = "botwright.oauth.enabled", value = "true")
@Requires(property = "botwright.install.enabled", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
final class WebUi {

  private final UserSessions sessions;
  private final InstallationAccess access;
  private final String login;
  private final String install;

  WebUi(
      UserSessions sessions,
      InstallationAccess access,
      OAuthConfiguration oauth,
      InstallConfiguration installs) {
    this.sessions = sessions;
    this.access = access;
    this.login = oauth.getPrefix() + "/login";
    this.install = installs.getPath() + "/install";
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<String> home(HttpRequest<?> request) {
    Optional<UserSession> session = sessions.current(request);
    if (session.isEmpty()) {
      return Html.page(
          HttpStatus.OK,
          "Botwright sample bot",
          "<p>Sign in to see where this app is installed for you.</p>"
              + "<p><a id=\"sign-in\" href=\""
              + Html.escape(login + "?return_to=/")
              + "\">Sign in with GitHub</a></p>");
    }
    UserSession user = session.get();
    List<IndexedInstallation> installations = access.verify(user);
    StringBuilder body = new StringBuilder();
    body.append("<p>Signed in as <strong id=\"login\">")
        .append(Html.escape(user.login()))
        .append("</strong>.</p>");
    body.append(signOutForm());
    body.append("<h2>Your installations</h2>");
    if (installations.isEmpty()) {
      body.append("<p id=\"no-installations\">This app is not installed anywhere you can see.</p>");
    }
    body.append("<ul id=\"installations\">");
    for (IndexedInstallation installation : installations) {
      body.append("<li class=\"installation\" data-id=\"")
          .append(installation.id())
          .append("\"><strong>")
          .append(Html.escape(installation.account()))
          .append("</strong>")
          .append(installation.suspended() ? " <span class=\"muted\">(suspended)</span>" : "")
          .append("<ul>");
      for (IndexedRepository repository : access.repositories(user, installation.id())) {
        body.append("<li><a class=\"repository\" href=\"/file?repo=")
            .append(Html.escape(Html.query(repository.fullName())))
            .append("&amp;path=README.md\">")
            .append(Html.escape(repository.fullName()))
            .append("</a></li>");
      }
      body.append("</ul></li>");
    }
    body.append("</ul>");
    body.append("<p><a id=\"install\" href=\"")
        .append(Html.escape(install + "?return_to=/"))
        .append("\">Install on another account</a></p>");
    body.append(fileForm(""));
    return Html.page(HttpStatus.OK, "Botwright sample bot", body.toString());
  }

  /** A file's source at a ref, read with the user's own token. */
  @Get(uri = "/file", produces = MediaType.TEXT_HTML)
  HttpResponse<String> file(
      HttpRequest<?> request,
      @QueryValue @Nullable String repo,
      @QueryValue @Nullable String path,
      @QueryValue @Nullable String ref) {
    Optional<UserSession> session = sessions.current(request);
    if (session.isEmpty()) {
      return HttpResponse.<String>status(HttpStatus.SEE_OTHER)
          .header("Location", login + "?return_to=/");
    }
    if (repo == null || path == null || path.isBlank()) {
      return Html.page(HttpStatus.BAD_REQUEST, "Choose a file", fileForm(repo == null ? "" : repo));
    }
    Optional<IndexedRepository> repository = access.repository(session.get(), repo);
    if (repository.isEmpty()) {
      return Html.page(
          HttpStatus.NOT_FOUND,
          "Not one of your repositories",
          "<p id=\"problem\">"
              + Html.escape(repo)
              + " is not a repository of an installation you can access.</p>"
              + "<p><a href=\"/\">Back</a></p>");
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("owner", repository.get().owner());
    parameters.put("repo", repository.get().name());
    parameters.put("path", path);
    if (ref != null && !ref.isBlank()) {
      parameters.put("ref", ref);
    }
    JsonNode content;
    try {
      content =
          session
              .get()
              .github()
              .request("GET /repos/{owner}/{repo}/contents/{+path}", parameters)
              .body();
    } catch (GitHubApiException e) {
      if (e.status() == 401) {
        throw e; // the sign-in module answers: cookie cleared, "sign in again"
      }
      return Html.page(
          e.status() == 404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_GATEWAY,
          "File not shown",
          "<p id=\"problem\">GitHub answered "
              + e.status()
              + " for "
              + Html.escape(repo + "/" + path)
              + ".</p><p><a href=\"/\">Back</a></p>");
    }
    if (!content.isObject() || content.get("content") == null) {
      return Html.page(
          HttpStatus.BAD_REQUEST,
          "Not a file",
          "<p id=\"problem\">" + Html.escape(path) + " is a folder.</p>" + fileForm(repo));
    }
    String source =
        new String(
            Base64.getMimeDecoder().decode(content.get("content").getStringValue()),
            StandardCharsets.UTF_8);
    return Html.page(
        HttpStatus.OK,
        repo + "/" + path,
        "<p class=\"muted\">At "
            + Html.escape(ref == null || ref.isBlank() ? "the default branch" : ref)
            + ". <a href=\"/\">Back</a></p><pre id=\"source\">"
            + Html.escape(source)
            + "</pre>");
  }

  /**
   * Signs out from a plain HTML form (form-encoded, which the sign-in module's JSON logout route
   * does not take); the cookie's SameSite attribute keeps other sites from posting it.
   */
  @Post(uri = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> signOut(HttpRequest<?> request) {
    sessions.current(request).ifPresent(user -> access.forget(user.userId()));
    sessions.signOut(request);
    return HttpResponse.<String>status(HttpStatus.SEE_OTHER)
        .header("Location", "/")
        .header("Cache-Control", "no-store");
  }

  private static String signOutForm() {
    return "<form method=\"post\" action=\"/sign-out\"><button id=\"sign-out\" type=\"submit\">Sign out</button></form>";
  }

  private static String fileForm(String repo) {
    return "<h2>View a file</h2><form method=\"get\" action=\"/file\">"
        + "<label>Repository <input name=\"repo\" value=\""
        + Html.escape(repo)
        + "\" placeholder=\"owner/name\"></label> "
        + "<label>Path <input name=\"path\" placeholder=\"README.md\"></label> "
        + "<label>Ref <input name=\"ref\" placeholder=\"main\"></label> "
        + "<button id=\"view\" type=\"submit\">View</button></form>";
  }
}
