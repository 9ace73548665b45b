package dev.botwright.internal.install;

import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.oauth.UserSession;
import dev.botwright.oauth.UserSessions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET {path}/install} answers the app's install URL with a fresh signed {@code state}
 * (redirect, or JSON {@code {"url": ...}} for {@code Accept: application/json}) and binds it to
 * this browser with the {@link InstallCookie}; every query parameter but {@code return_to} becomes
 * the state's metadata, accepted only from a signed-in user, whose id the state then carries.
 * {@code GET {path}/setup} is GitHub's Setup URL and {@code POST {path}/setup} the confirmation
 * form of a callback without state, both handled by {@link SetupCallback}.
 */
@Controller("${botwright.install.path:/github}")
@Requires(property = "botwright.install.enabled", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
final class InstallController {

  private static final Logger LOG = LoggerFactory.getLogger(InstallController.class);
  static final int MAX_METADATA = 20;
  static final int MAX_METADATA_LENGTH = 256;

  private final InstallStates states;
  private final InstallCookie cookie;
  private final AppSlug slug;
  private final GitHubApiConfiguration github;
  private final Optional<UserSessions> sessions;
  private final SetupCallback callback;

  InstallController(
      InstallStates states,
      InstallCookie cookie,
      AppSlug slug,
      GitHubApiConfiguration github,
      Optional<UserSessions> sessions,
      SetupCallback callback) {
    this.states = states;
    this.cookie = cookie;
    this.slug = slug;
    this.github = github;
    this.sessions = sessions;
    this.callback = callback;
  }

  @Get(
      uri = "/install",
      produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  HttpResponse<?> install(
      HttpRequest<?> request, @QueryValue("return_to") @Nullable String returnTo) {
    String target;
    Map<String, String> metadata;
    try {
      target = ReturnUrls.check(returnTo == null || returnTo.isEmpty() ? "/" : returnTo);
      metadata = metadata(request);
    } catch (IllegalArgumentException e) {
      return answer(request, HttpStatus.BAD_REQUEST, "error", e.getMessage());
    }
    Long userId = sessions.flatMap(s -> s.current(request)).map(UserSession::userId).orElse(null);
    if (userId == null && !metadata.isEmpty()) {
      // Metadata is acted on once the installation is linked, so it must belong to the user who
      // asked: from a stranger, a link like ?tenant=evil would attach their tenant to a victim.
      return answer(
          request,
          HttpStatus.UNAUTHORIZED,
          "error",
          "This install link carries metadata, which is kept only for a signed-in user: sign in"
              + " with GitHub, then open the install link again.");
    }
    String url;
    String state = states.issue(target, userId, metadata);
    try {
      url =
          github.webBaseUrl().toString().replaceAll("/+$", "")
              + "/apps/"
              + URLEncoder.encode(slug.get(), StandardCharsets.UTF_8)
              + "/installations/new?state="
              + state;
    } catch (GitHubApiException e) {
      LOG.warn("Could not read the app's slug from GitHub (status {})", e.status());
      return answer(
          request,
          HttpStatus.BAD_GATEWAY,
          "error",
          "GitHub did not answer GET /app; try again, or set botwright.install.app-slug.");
    }
    Cookie browser = cookie.of(request, states.verify(state).nonce(), states.lifetime());
    if (wantsJson(request)) {
      return HttpResponse.ok(Map.of("url", url))
          .header("Cache-Control", "no-store")
          .cookie(browser);
    }
    return HttpResponse.status(HttpStatus.FOUND)
        .header("Location", url)
        .header("Cache-Control", "no-store")
        .cookie(browser);
  }

  @Get(uri = "/setup", produces = MediaType.TEXT_HTML)
  HttpResponse<String> setup(
      HttpRequest<?> request,
      @QueryValue("installation_id") @Nullable String installationId,
      @QueryValue("setup_action") @Nullable String setupAction,
      @QueryValue @Nullable String state,
      @QueryValue @Nullable String code) {
    return callback.handle(request, installationId, setupAction, state, code);
  }

  @Post(
      uri = "/setup",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  HttpResponse<String> confirm(HttpRequest<?> request, @Body Map<String, String> form) {
    return callback.confirm(
        request, form.get("installation_id"), form.get("setup_action"), form.get("state"));
  }

  private static Map<String, String> metadata(HttpRequest<?> request) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> parameter : request.getParameters().asMap().entrySet()) {
      String name = parameter.getKey();
      if (name.equals("return_to") || parameter.getValue().isEmpty()) {
        continue;
      }
      String value = parameter.getValue().get(0);
      if (name.length() > MAX_METADATA_LENGTH || value.length() > MAX_METADATA_LENGTH) {
        throw new IllegalArgumentException(
            "Metadata parameter '"
                + abbreviate(name)
                + "' is longer than "
                + MAX_METADATA_LENGTH
                + " characters: keep install link metadata short.");
      }
      metadata.put(name, value);
    }
    if (metadata.size() > MAX_METADATA) {
      throw new IllegalArgumentException(
          "The install link has "
              + metadata.size()
              + " metadata parameters; at most "
              + MAX_METADATA
              + " are kept in its state.");
    }
    return metadata;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static boolean wantsJson(HttpRequest<?> request) {
    return request.accept().stream().anyMatch(MediaType.APPLICATION_JSON_TYPE::matches)
        && request.accept().stream().noneMatch(MediaType.TEXT_HTML_TYPE::matches);
  }

  private static HttpResponse<?> answer(
      HttpRequest<?> request, HttpStatus status, String field, String message) {
    if (wantsJson(request)) {
      return HttpResponse.status(status).body(Map.of(field, message));
    }
    return InstallPages.error(status, message);
  }
}
