package dev.botwright.internal.install;

import dev.botwright.config.InstallConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.install.IndexedInstallation;
import dev.botwright.install.InstallationIndex;
import dev.botwright.install.InstallationLinked;
import dev.botwright.internal.states.ClientRateLimit;
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
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GitHub's setup callback. Nothing in the query is trusted: a {@code state} must be ours, unused,
 * unexpired and come with this browser's {@link InstallCookie}; its metadata counts only when it
 * was bound to the signed-in user; and the {@code installation_id} is linked only when GitHub lists
 * it among the signed-in user's installations, asked with the user's own token. A callback without
 * a state links nothing by itself: it shows a same-origin form, and only that form's POST links.
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class SetupCallback {

  private static final Logger LOG = LoggerFactory.getLogger(SetupCallback.class);

  /** Marks the one same-site repeat of GitHub's redirect ({@link #resumeSameSite}). */
  static final String RESUMED = "resumed";

  private final InstallStates states;
  private final InstallCookie cookie;
  private final Optional<UserSessions> sessions;
  private final InstallationIndex index;
  private final RepositoryLister repositories;
  private final InstallationRequests requests;
  private final ClientRateLimit limit;
  private final ApplicationEventPublisher<InstallationLinked> events;
  private final String confirmPath;

  SetupCallback(
      InstallStates states,
      InstallCookie cookie,
      Optional<UserSessions> sessions,
      InstallationIndex index,
      RepositoryLister repositories,
      InstallationRequests requests,
      ClientRateLimit limit,
      ApplicationEventPublisher<InstallationLinked> events,
      InstallConfiguration config) {
    this.states = states;
    this.cookie = cookie;
    this.sessions = sessions;
    this.index = index;
    this.repositories = repositories;
    this.requests = requests;
    this.limit = limit;
    this.events = events;
    this.confirmPath = config.getPath() + "/setup";
  }

  /** {@code GET {path}/setup}: GitHub's redirect, a top-level navigation from another site. */
  HttpResponse<String> handle(
      HttpRequest<?> request,
      @Nullable String installationParameter,
      @Nullable String action,
      @Nullable String state,
      @Nullable String code) {
    if ("request".equals(action)) {
      return requested(request, state);
    }
    HttpResponse<String> bad = checkParameters(installationParameter, action);
    if (bad != null) {
      return bad;
    }
    long installationId = parseId(installationParameter);
    if (state == null || state.isEmpty()) {
      // Without our state nothing proves this browser started the flow: GitHub's code signs no one
      // in, and nothing is linked before the user confirms on our own page.
      return confirmation(request, installationId, action);
    }
    return withState(request, installationId, action, state, code, false);
  }

  /** {@code POST {path}/setup}: the confirmation form of a callback that came without a state. */
  HttpResponse<String> confirm(
      HttpRequest<?> request,
      @Nullable String installationParameter,
      @Nullable String action,
      @Nullable String state) {
    HttpResponse<String> bad = checkParameters(installationParameter, action);
    if (bad != null) {
      return bad;
    }
    if (state == null || state.isEmpty()) {
      return InstallPages.error(
          HttpStatus.FORBIDDEN,
          "The confirmation did not come from this site's form: open the link GitHub showed you"
              + " again and confirm there.");
    }
    return withState(request, parseId(installationParameter), action, state, null, true);
  }

  @Nullable
  private static HttpResponse<String> checkParameters(
      @Nullable String installationParameter, @Nullable String action) {
    if (!"install".equals(action) && !"update".equals(action)) {
      return InstallPages.error(
          HttpStatus.BAD_REQUEST,
          "setup_action must be install, update or request. Open this page from GitHub.");
    }
    if (parseId(installationParameter) <= 0) {
      return InstallPages.error(
          HttpStatus.BAD_REQUEST,
          "installation_id must be a positive number. Open this page from GitHub.");
    }
    return null;
  }

  private HttpResponse<String> withState(
      HttpRequest<?> request,
      long installationId,
      String action,
      String state,
      @Nullable String code,
      boolean confirmation) {
    InstallStates.State verified;
    UserSession user;
    try {
      verified = states.verify(state);
      if (!cookie.matches(request, verified)) {
        // A state can be had from the install link by anyone; only the browser that asked for it
        // carries its nonce, so a stranger's link (with the stranger's metadata) links nothing.
        LOG.info("Setup callback for installation {}: state of another browser", installationId);
        return InstallPages.error(
            HttpStatus.FORBIDDEN,
            "This install link was opened in another browser, or its cookie is gone: start"
                + " again from the install link in this browser.");
      }
      Long boundTo = verified.installationId();
      if (confirmation != (boundTo != null) || boundTo != null && boundTo != installationId) {
        throw new InstallStates.InvalidState(
            "The state is not valid: start again from the install link.");
      }
      if (!limit.allow(request)) {
        return tooMany();
      }
      user = sessions.flatMap(s -> s.current(request)).orElse(null);
      boolean spent = false;
      if (user == null) {
        if (code == null || code.isEmpty() || sessions.isEmpty()) {
          MutableHttpResponse<String> resume = confirmation ? null : resumeSameSite(request);
          return resume != null ? resume : signInFirst();
        }
        // Used up before GitHub sees the code, so a replayed state never spends one.
        states.consume(verified);
        spent = true;
        user = signIn(request, code);
        if (user == null) {
          return signInFirst();
        }
      }
      Long owner = verified.userId();
      if (owner != null && owner != user.userId()) {
        return InstallPages.error(
            HttpStatus.FORBIDDEN,
            "This install link was made for another signed-in user: start again from your own.");
      }
      if (!spent) {
        states.consume(verified);
      }
    } catch (InstallStates.InvalidState e) {
      LOG.info("Setup callback for installation {} refused: {}", installationId, e.getMessage());
      return InstallPages.error(HttpStatus.BAD_REQUEST, e.getMessage());
    } catch (SignInException e) {
      LOG.info("Setup callback: signing in with GitHub's code failed ({})", e.status());
      return InstallPages.error(HttpStatus.valueOf(e.status()), e.getMessage());
    }
    MutableHttpResponse<String> refused =
        link(
            user,
            installationId,
            action,
            verified.userId() == null ? Map.of() : verified.metadata());
    if (refused != null) {
      return refused.cookie(cookie.cleared(request));
    }
    if (confirmation) {
      return InstallPages.page(
              HttpStatus.OK,
              "approved",
              "Installation linked",
              "The app's installation " + installationId + " is now listed under your account.",
              "/",
              "Home")
          .cookie(cookie.cleared(request));
    }
    return HttpResponse.<String>status(HttpStatus.FOUND)
        .header("Location", verified.returnTo())
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .cookie(cookie.cleared(request));
  }

  /**
   * A callback without our {@code state} (an owner approved a request, or the app was installed
   * from GitHub's own page): a signed-in user is asked to confirm on a form of this site, whose
   * state is bound to this browser and this installation; nothing is linked on this GET.
   */
  private HttpResponse<String> confirmation(
      HttpRequest<?> request, long installationId, String action) {
    Optional<UserSession> user = sessions.flatMap(s -> s.current(request));
    if (user.isEmpty()) {
      return InstallPages.page(
          HttpStatus.OK,
          "approved",
          "Installation approved",
          "The app's installation " + installationId + " is set up.",
          "/",
          "Home");
    }
    String state = states.issueConfirmation(user.get().userId(), installationId);
    return InstallPages.confirmation(confirmPath, installationId, action, state, user.get().login())
        .cookie(cookie.of(request, states.verify(state).nonce(), states.lifetime()));
  }

  /**
   * {@code setup_action=request}: a member asked an owner to install the app. The signed-in user is
   * recorded as the requester, with the state's metadata only when that state is this browser's and
   * bound to this user.
   */
  private HttpResponse<String> requested(HttpRequest<?> request, @Nullable String state) {
    Optional<UserSession> user = sessions.flatMap(s -> s.current(request));
    String message =
        "Your request to install the app was sent. An organization owner must approve it;"
            + " the app starts working once they do.";
    if (user.isEmpty()) {
      return InstallPages.page(
          HttpStatus.OK,
          "pending",
          "Waiting for approval",
          message
              + " Sign in with GitHub before you ask, and the installation is linked to your"
              + " account once it is approved.",
          "/",
          "Home");
    }
    if (!limit.allow(request)) {
      return tooMany();
    }
    Map<String, String> metadata = Map.of();
    if (state != null && !state.isEmpty()) {
      try {
        InstallStates.State verified = states.verify(state);
        Long owner = verified.userId();
        if (cookie.matches(request, verified)
            && owner != null
            && owner == user.get().userId()
            && verified.installationId() == null) {
          states.consume(verified);
          metadata = verified.metadata();
        } else {
          LOG.info("Installation request: the state's metadata is not this user's; ignored");
        }
      } catch (InstallStates.InvalidState e) {
        LOG.info("Installation request: state ignored ({})", e.getMessage());
      }
    }
    requests.record(user.get().userId(), metadata);
    return InstallPages.page(
            HttpStatus.OK,
            "pending",
            "Waiting for approval",
            message + " It will be linked to your account once it is approved.",
            "/",
            "Home")
        .cookie(cookie.cleared(request));
  }

  /** Links after GitHub confirmed the access; the refusal page otherwise. */
  @Nullable
  private MutableHttpResponse<String> link(
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
   * Signs in with GitHub's {@code code} ("Request user authorization during installation"); only
   * reached with a state that this browser asked for.
   */
  @Nullable
  private UserSession signIn(HttpRequest<?> request, String code) {
    try {
      return sessions.orElseThrow().signIn(request, code);
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * GitHub's redirect back is a cross-site navigation, and a cross-site navigation carries no
   * Strict cookie: the sign-in's refresh cookie, which renews an access cookie that expired while
   * the user was on GitHub, stays behind. Reached only once this browser's install cookie proved it
   * asked for the state, a same-origin page repeats the request once as a same-site navigation.
   */
  @Nullable
  private MutableHttpResponse<String> resumeSameSite(HttpRequest<?> request) {
    if (sessions.isEmpty() || request.getParameters().contains(RESUMED)) {
      return null;
    }
    String query = request.getUri().getRawQuery();
    return InstallPages.resume(
        request.getPath() + "?" + (query == null ? "" : query + "&") + RESUMED + "=1");
  }

  private static MutableHttpResponse<String> signInFirst() {
    return InstallPages.page(
        HttpStatus.UNAUTHORIZED,
        "problem",
        "Sign in first",
        "Sign in with GitHub, then start again from the install link: the installation is"
            + " linked to your account only once GitHub confirms you can access it.",
        "/",
        "Home");
  }

  private static MutableHttpResponse<String> tooMany() {
    return InstallPages.error(
            HttpStatus.TOO_MANY_REQUESTS,
            "Too many installs from your network in the last minute. Wait a minute, then start"
                + " again from the install link.")
        .header("Retry-After", String.valueOf(ClientRateLimit.WINDOW.toSeconds()));
  }

  private static long parseId(@Nullable String value) {
    try {
      return value == null ? -1 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
