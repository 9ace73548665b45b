package dev.botwright.install;

import dev.botwright.github.GitHubApiException;
import dev.botwright.oauth.SignInException;
import dev.botwright.oauth.SignInRequiredException;
import dev.botwright.oauth.UserSession;
import dev.botwright.oauth.UserSessions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GitHub's setup callback. Nothing in the query is trusted: the {@code state} must be ours, unused
 * and unexpired, and the {@code installation_id} is linked only when GitHub lists it among the
 * signed-in user's installations, asked with the user's own token.
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class SetupCallback {

  private static final Logger LOG = LoggerFactory.getLogger(SetupCallback.class);

  private final InstallStates states;
  private final Optional<UserSessions> sessions;
  private final InstallationIndex index;
  private final RepositoryLister repositories;
  private final ApplicationEventPublisher<InstallationLinked> events;

  SetupCallback(
      InstallStates states,
      Optional<UserSessions> sessions,
      InstallationIndex index,
      RepositoryLister repositories,
      ApplicationEventPublisher<InstallationLinked> events) {
    this.states = states;
    this.sessions = sessions;
    this.index = index;
    this.repositories = repositories;
    this.events = events;
  }

  HttpResponse<String> handle(
      HttpRequest<?> request,
      @Nullable String installationParameter,
      @Nullable String action,
      @Nullable String state,
      @Nullable String code) {
    if ("request".equals(action)) {
      return InstallPages.page(
          HttpStatus.OK,
          "pending",
          "Waiting for approval",
          "Your request to install the app was sent. An organization owner must approve it;"
              + " the app starts working once they do.",
          "/",
          "Home");
    }
    if (!"install".equals(action) && !"update".equals(action)) {
      return InstallPages.error(
          HttpStatus.BAD_REQUEST,
          "setup_action must be install, update or request. Open this page from GitHub.");
    }
    long installationId = parseId(installationParameter);
    if (installationId <= 0) {
      return InstallPages.error(
          HttpStatus.BAD_REQUEST,
          "installation_id must be a positive number. Open this page from GitHub.");
    }
    if (state == null || state.isEmpty()) {
      // Without our state nothing proves the browser started this flow, so GitHub's code is not
      // used to sign anyone in (that would let a stranger's link sign a victim into their account).
      return approved(installationId, action, sessions.flatMap(s -> s.current(request)));
    }
    InstallStates.State verified;
    Optional<UserSession> user;
    try {
      verified = states.verify(state);
      try {
        user = user(request, code, verified);
      } catch (SignInException e) {
        LOG.info("Setup callback: signing in with GitHub's code failed ({})", e.status());
        return InstallPages.error(HttpStatus.valueOf(e.status()), e.getMessage());
      }
      if (user.isEmpty()) {
        return InstallPages.page(
            HttpStatus.UNAUTHORIZED,
            "problem",
            "Sign in first",
            "Sign in with GitHub, then start again from the install link: the installation is"
                + " linked to your account only once GitHub confirms you can access it.",
            "/",
            "Home");
      }
      if (verified.userId() != null && verified.userId() != user.get().userId()) {
        return InstallPages.error(
            HttpStatus.FORBIDDEN,
            "This install link was made for another signed-in user: start again from your own.");
      }
      states.consume(verified);
    } catch (InstallStates.InvalidState e) {
      LOG.info("Setup callback for installation {} refused: {}", installationId, e.getMessage());
      return InstallPages.error(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    HttpResponse<String> refused = link(user.get(), installationId, action, verified.metadata());
    if (refused != null) {
      return refused;
    }
    return HttpResponse.<String>status(HttpStatus.FOUND)
        .header("Location", verified.returnTo())
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer");
  }

  /**
   * An admin's approval of a requested installation arrives without our {@code state}: nothing is
   * redirected; the signed-in user, if any, is linked only once GitHub confirms the access.
   */
  private HttpResponse<String> approved(
      long installationId, String action, Optional<UserSession> user) {
    String message = "The app's installation " + installationId + " is set up.";
    if (user.isPresent()) {
      HttpResponse<String> refused = link(user.get(), installationId, action, Map.of());
      if (refused != null && refused.status() != HttpStatus.FORBIDDEN) {
        return refused;
      }
      message +=
          refused == null
              ? " It is now listed under your account."
              : " Your account cannot access it, so it was not linked to you.";
    }
    return InstallPages.page(
        HttpStatus.OK, "approved", "Installation approved", message, "/", "Home");
  }

  /** Links after GitHub confirmed the access; the refusal page otherwise. */
  @Nullable
  private HttpResponse<String> link(
      UserSession user, long installationId, String action, Map<String, String> metadata) {
    try {
      Optional<IndexedInstallation> found = UserInstallations.find(user.github(), installationId);
      if (found.isEmpty()) {
        LOG.warn(
            "Setup callback: user {} cannot access installation {}; nothing was linked",
            user.userId(),
            installationId);
        return InstallPages.error(
            HttpStatus.FORBIDDEN,
            "GitHub does not list installation "
                + installationId
                + " among those your account can access, so it was not linked.");
      }
      index.save(found.get());
      repositories.refresh(installationId);
      index.link(user.userId(), installationId);
    } catch (SignInRequiredException e) {
      // The sign-in module answers it: 401, the session cookie cleared, a link to sign in again.
      throw e;
    } catch (GitHubApiException e) {
      LOG.warn(
          "Setup callback for installation {}: GitHub answered {} to {}",
          installationId,
          e.status(),
          e.route());
      if (e.status() == 401) {
        return InstallPages.page(
            HttpStatus.UNAUTHORIZED,
            "problem",
            "Sign in again",
            "GitHub no longer accepts your sign-in: sign in again, then retry.",
            "/",
            "Home");
      }
      return InstallPages.error(
          HttpStatus.BAD_GATEWAY,
          "GitHub did not answer as expected; try again in a moment from the install link.");
    }
    events.publishEvent(new InstallationLinked(user.userId(), installationId, action, metadata));
    return null;
  }

  /**
   * The signed-in user; else, when GitHub sent a {@code code} ("Request user authorization during
   * installation"), the user it signs in.
   */
  private Optional<UserSession> user(
      HttpRequest<?> request, @Nullable String code, InstallStates.State verified) {
    if (sessions.isEmpty()) {
      return Optional.empty();
    }
    Optional<UserSession> current = sessions.get().current(request);
    if (current.isPresent() || code == null || code.isEmpty()) {
      return current;
    }
    if (!startedInThisBrowser(request, verified)) {
      // A state can be had from the install link by anyone; only the browser that followed it
      // carries its nonce, so a stranger's link cannot sign this browser into their account.
      LOG.info("Setup callback: GitHub's code ignored, the install link was opened elsewhere");
      return Optional.empty();
    }
    try {
      return Optional.of(sessions.get().signIn(request, code));
    } catch (UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  private static boolean startedInThisBrowser(HttpRequest<?> request, InstallStates.State state) {
    return request
        .getCookies()
        .findCookie(InstallStates.COOKIE)
        .map(
            cookie ->
                MessageDigest.isEqual(
                    cookie.getValue().getBytes(StandardCharsets.UTF_8),
                    state.nonce().getBytes(StandardCharsets.UTF_8)))
        .orElse(false);
  }

  private static long parseId(@Nullable String value) {
    try {
      return value == null ? -1 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
