package dev.botwright.internal.oauth;

import dev.botwright.config.OAuthConfiguration;
import dev.botwright.internal.states.ClientRateLimit;
import dev.botwright.oauth.SignInException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Sign in with GitHub": {@code GET {prefix}/login} sends the browser to GitHub with a fresh state
 * and PKCE challenge, {@code GET {prefix}/callback} checks them and starts the session, {@code POST
 * {prefix}/logout} ends it: revoked for every process, cookies cleared, token deleted at GitHub.
 */
@Controller("${botwright.oauth.prefix:" + OAuthConfiguration.DEFAULT_PREFIX + "}")
@Requires(property = "botwright.oauth.enabled", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SignInController {

  private static final Logger LOG = LoggerFactory.getLogger(SignInController.class);

  private final OAuthConfiguration config;
  private final SessionCookies cookies;
  private final SignInStates states;
  private final DefaultUserSessions sessions;
  private final OAuthExchange exchange;
  private final OAuthUrls urls;
  private final ClientRateLimit limit;
  private final Clock clock = Clock.systemUTC();

  SignInController(
      OAuthConfiguration config,
      SessionCookies cookies,
      SignInStates states,
      DefaultUserSessions sessions,
      OAuthExchange exchange,
      OAuthUrls urls,
      ClientRateLimit limit) {
    this.config = config;
    this.cookies = cookies;
    this.states = states;
    this.sessions = sessions;
    this.exchange = exchange;
    this.urls = urls;
    this.limit = limit;
  }

  @Get(
      value = "/login",
      produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  HttpResponse<?> login(
      HttpRequest<?> request, @QueryValue("return_to") @Nullable String returnTo) {
    String clientId;
    try {
      clientId = exchange.clientId();
    } catch (SignInException e) {
      return fail(request, e);
    }
    SignInState state = states.issue(ReturnTo.safe(returnTo));
    URI authorize =
        states.authorizeUrl(urls.web(), clientId, urls.redirectUri(), state, config.getScopes());
    return HttpResponse.status(HttpStatus.FOUND)
        .header("Location", authorize.toString())
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .cookie(cookies.state(state));
  }

  @Get(
      value = "/callback",
      produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  HttpResponse<?> callback(
      HttpRequest<?> request,
      @QueryValue @Nullable String code,
      @QueryValue @Nullable String state,
      @QueryValue @Nullable String error,
      @CookieValue(SessionCookies.STATE_COOKIE) @Nullable String stateCookie) {
    try {
      if (error != null) {
        throw new SignInException(
            400, "GitHub did not authorize the sign-in (" + safe(error) + "). Try again.");
      }
      if (code == null || code.isBlank()) {
        throw new SignInException(
            400, "GitHub's redirect carried no code. Start again from the sign-in link.");
      }
      // Cheapest first, and nothing reaches GitHub's token endpoint before the state is known to
      // be this browser's, this client is within its limit and the state was never used.
      SignInState pending = states.check(state, stateCookie, clock.millis());
      if (!limit.allow(request)) {
        throw new SignInException(
            429,
            "Too many sign-ins from your network in the last minute. Wait a minute, then sign in"
                + " again.");
      }
      states.useOnce(pending);
      SessionData data = sessions.start(code, pending.verifier(), urls.redirectUri());
      return sessions.landing(pending.returnTo(), data).cookie(cookies.clearState());
    } catch (SignInException e) {
      return fail(request, e).cookie(cookies.clearState());
    } catch (RuntimeException e) {
      LOG.error("Sign-in failed unexpectedly: {}", e.getClass().getName());
      return fail(request, new SignInException(500, "Sign-in failed. Try again.", e))
          .cookie(cookies.clearState());
    }
  }

  // Any content type: the sign-out form of a plain HTML page posts form data, a script JSON or
  // nothing.
  @Post(
      value = "/logout",
      consumes = MediaType.ALL,
      produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  HttpResponse<?> logout(HttpRequest<?> request) {
    sessions.signOut(request);
    if (OAuthResponses.wantsJson(request)) {
      return HttpResponse.noContent();
    }
    return HttpResponse.seeOther(URI.create("/")).header("Cache-Control", "no-store");
  }

  private MutableHttpResponse<?> fail(HttpRequest<?> request, SignInException e) {
    LOG.info("Sign-in refused ({}): {}", e.status(), e.getMessage());
    String error =
        switch (e.status()) {
          case 400 -> "bad_request";
          case 429 -> "too_many_requests";
          case 502 -> "bad_gateway";
          default -> "error";
        };
    MutableHttpResponse<?> response =
        OAuthResponses.error(request, e.status(), error, e.getMessage(), urls.login());
    if (e.status() == 429) {
      response.header("Retry-After", String.valueOf(ClientRateLimit.WINDOW.toSeconds()));
    }
    return response;
  }

  private static String safe(String error) {
    return error.matches("[a-z_]{1,60}") ? error : "unknown error";
  }
}
