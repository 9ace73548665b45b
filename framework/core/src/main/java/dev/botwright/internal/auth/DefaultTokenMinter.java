package dev.botwright.internal.auth;

import dev.botwright.config.AppConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubResponse;
import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mints with {@code POST /app/installations/{installation_id}/access_tokens} through the {@link
 * AppJwtExecutor}, which shares the app client's HTTP client but not the clients, so nothing here
 * depends on installation tokens in turn.
 */
@Singleton
final class DefaultTokenMinter implements TokenMinter {

  static final String ROUTE = "POST /app/installations/{installation_id}/access_tokens";
  private static final Logger LOG = LoggerFactory.getLogger(DefaultTokenMinter.class);

  private final AppJwtExecutor github;
  private final AppConfiguration app;
  private final Clock clock;

  @Inject
  DefaultTokenMinter(AppJwtExecutor github, AppConfiguration app) {
    this(github, app, Clock.systemUTC());
  }

  DefaultTokenMinter(AppJwtExecutor github, AppConfiguration app, Clock clock) {
    this.github = github;
    this.app = app;
    this.clock = clock;
  }

  @Override
  public Token mint(Key key) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("installation_id", key.installationId());
    if (!key.repositories().isEmpty()) {
      parameters.put("repositories", key.repositories());
    }
    if (!key.permissions().isEmpty()) {
      parameters.put("permissions", key.permissions());
    }
    GitHubResponse response;
    try {
      response = github.request(ROUTE, parameters);
    } catch (GitHubApiException e) {
      throw explain(e, key.installationId());
    }
    Token token = parse(response, key.installationId(), clock.instant());
    LOG.debug(
        "minted installation token for installation {}, expires at {}",
        key.installationId(),
        token.expiresAt());
    return token;
  }

  private RuntimeException explain(GitHubApiException e, long installationId) {
    if (e.status() == 401) {
      String who =
          app.getClientId() != null ? "client id " + app.getClientId() : "app id " + app.getId();
      return new AuthenticationConfigurationException(
          "APP_ID",
          "GitHub rejected the app's JWT ("
              + who
              + "): check that APP_ID (or GITHUB_CLIENT_ID) belongs to the app whose private key"
              + " is configured, and that this machine's clock is right."
              + (e.githubMessage() == null ? "" : " GitHub said: " + e.githubMessage()),
          e);
    }
    if (e.status() == 404) {
      return new GitHubApiException(
          404,
          ROUTE,
          "installation "
              + installationId
              + " not found: the app was uninstalled, or APP_ID is wrong",
          e);
    }
    return e;
  }

  /** Reads the answer; messages never quote the body, which holds the token. */
  static Token parse(GitHubResponse response, long installationId, Instant mintedAt) {
    JsonNode body = response.body();
    JsonNode token = body.isObject() ? body.get("token") : null;
    JsonNode expiresAt = body.isObject() ? body.get("expires_at") : null;
    if (token == null || !token.isString() || token.getStringValue().isEmpty()) {
      throw malformed(response, installationId, "has no 'token' string");
    }
    if (expiresAt == null || !expiresAt.isString()) {
      throw malformed(response, installationId, "has no 'expires_at' string");
    }
    try {
      Instant expires = OffsetDateTime.parse(expiresAt.getStringValue()).toInstant();
      return new Token(token.getStringValue(), expires, mintedAt);
    } catch (DateTimeParseException e) {
      throw malformed(
          response,
          installationId,
          "has 'expires_at' " + expiresAt.getStringValue() + ", which is not an ISO-8601 time");
    }
  }

  private static GitHubApiException malformed(
      GitHubResponse response, long installationId, String problem) {
    return new GitHubApiException(
        response.status(),
        ROUTE,
        "the answer for installation " + installationId + " " + problem,
        null);
  }
}
