package dev.botwright.internal.oauth;

import dev.botwright.config.AppConfiguration;
import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import dev.botwright.internal.client.UserClients;
import dev.botwright.oauth.GitHubWeb;
import dev.botwright.oauth.SignInException;
import dev.botwright.oauth.UserToken;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to GitHub for sign-in: trades a code or a refresh token for a user token at {@code
 * /login/oauth/access_token}, and reads who the token belongs to. Errors become {@link
 * SignInException}s whose messages name GitHub's error code, never the code or a token.
 */
@Singleton
final class OAuthExchange {

  private static final Logger LOG = LoggerFactory.getLogger(OAuthExchange.class);

  private final AppConfiguration app;
  private final GitHubWeb web;
  private final UserClients clients;
  private final Clock clock;

  OAuthExchange(AppConfiguration app, GitHubApiConfiguration github, UserClients clients) {
    this.app = app;
    this.web = new GitHubWeb(github.webBaseUrl());
    this.clients = clients;
    this.clock = Clock.systemUTC();
  }

  String clientId() {
    String id = app.getClientId();
    if (id == null || app.getClientSecret() == null) {
      throw new SignInException(
          500,
          "Sign-in is not configured: set botwright.app.client-id and botwright.app.client-secret"
              + " (GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET) from the app's settings page.");
    }
    return id;
  }

  /** Trades the callback's code (and the PKCE verifier, when one was used) for a token. */
  UserToken exchange(String code, String verifier, String redirectUri) {
    Map<String, String> form = credentials();
    form.put("code", code);
    if (redirectUri != null) {
      form.put("redirect_uri", redirectUri);
    }
    if (verifier != null) {
      form.put("code_verifier", verifier);
    }
    return token(form, "exchange the sign-in code");
  }

  /** Trades a single-use refresh token for a new token pair. */
  UserToken refresh(String refreshToken) {
    Map<String, String> form = credentials();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", refreshToken);
    return token(form, "refresh the user's token");
  }

  private Map<String, String> credentials() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", clientId());
    form.put("client_secret", app.getClientSecret());
    return form;
  }

  private UserToken token(Map<String, String> form, String what) {
    GitHubWeb.Answer answer;
    try {
      answer = web.post(GitHubWeb.TOKEN_PATH, form);
    } catch (IOException e) {
      LOG.warn("Could not {}: GitHub unreachable ({})", what, e.getClass().getSimpleName());
      throw new SignInException(
          502, "GitHub could not be reached to " + what + ". Try again in a moment.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignInException(502, "Interrupted while waiting for GitHub.", e);
    }
    if (answer.status() >= 500) {
      LOG.warn("Could not {}: GitHub answered {}", what, answer.status());
      throw new SignInException(
          502, "GitHub answered " + answer.status() + " when asked to " + what + ". Try again.");
    }
    String error = answer.error();
    if (error != null || answer.field("access_token") == null) {
      String code = error == null ? "no access_token" : safe(error);
      LOG.info("Could not {}: GitHub answered {} ({})", what, answer.status(), code);
      throw new SignInException(
          400,
          "GitHub refused to "
              + what
              + " ("
              + code
              + "). The link may be used or expired: sign in again.");
    }
    return answer.token(clock.instant());
  }

  /** Who the token belongs to, with the primary verified email. */
  UserIdentity identify(UserToken token) {
    GitHubClient user = clients.user(token::accessToken, () -> {});
    try {
      JsonNode profile = user.request("GET /user", Map.of()).body();
      long id = profile.get("id").getLongValue();
      String login = profile.get("login").getStringValue();
      return new UserIdentity(id, login, primaryEmail(user));
    } catch (SignInException e) {
      throw e;
    } catch (GitHubApiException e) {
      LOG.warn("Could not read the signed-in user: {}", e.getMessage());
      if (e.status() == 0 || e.status() >= 500) {
        throw new SignInException(
            502, "GitHub could not be reached to read your profile. Try again in a moment.", e);
      }
      throw new SignInException(
          400, "GitHub refused to show your profile (" + e.status() + "). Sign in again.", e);
    } catch (RuntimeException e) {
      throw new SignInException(500, "GitHub's answer about your profile was not understood.", e);
    }
  }

  private static String primaryEmail(GitHubClient user) {
    JsonNode emails;
    try {
      emails = user.request("GET /user/emails", Map.of()).body();
    } catch (GitHubApiException e) {
      if (e.status() == 403 || e.status() == 404) {
        throw noEmail(" The app may lack the \"Email addresses\" read permission.");
      }
      throw e;
    }
    for (JsonNode email : emails.values()) {
      JsonNode primary = email.get("primary");
      JsonNode verified = email.get("verified");
      if (primary != null
          && primary.getBooleanValue()
          && verified != null
          && verified.getBooleanValue()) {
        return email.get("email").getStringValue();
      }
    }
    throw noEmail("");
  }

  private static SignInException noEmail(String hint) {
    return new SignInException(
        400,
        "Your GitHub account has no verified primary email address. Verify one at GitHub's"
            + " email settings, then sign in again."
            + hint);
  }

  /** GitHub's error codes are short identifiers; anything else is not echoed. */
  private static String safe(String error) {
    return error.matches("[a-z_]{1,60}") ? error : "unknown error";
  }
}
