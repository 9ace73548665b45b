package dev.botwright.internal.oauth;

import dev.botwright.config.AppConfiguration;
import dev.botwright.config.OAuthConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.oauth.SignInException;
import dev.botwright.oauth.UserToken;
import dev.botwright.oauth.UserTokens;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Octokit's OAuth token routes ({@code @octokit/oauth-app}'s middleware contract), off unless
 * {@code botwright.oauth.token-routes} is true. Each needs the user's token as {@code
 * Authorization: token <t>}, except {@code POST /token}, which needs a code; {@code PATCH
 * /refresh-token} also checks that token at GitHub and that the refresh token is the same user's.
 * Answers are JSON only, with no CORS headers.
 */
@Controller(
    value = "${botwright.oauth.prefix:" + OAuthConfiguration.DEFAULT_PREFIX + "}",
    produces = MediaType.APPLICATION_JSON)
@Requires(property = "botwright.oauth.enabled", value = "true")
@Requires(property = "botwright.oauth.token-routes", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
final class TokenController {

  private static final Logger LOG = LoggerFactory.getLogger(TokenController.class);

  private final UserTokens tokens;
  private final OAuthExchange exchange;
  private final OAuthConfiguration config;
  private final AppConfiguration app;

  TokenController(
      UserTokens tokens, OAuthExchange exchange, OAuthConfiguration config, AppConfiguration app) {
    this.tokens = tokens;
    this.exchange = exchange;
    this.config = config;
    this.app = app;
  }

  @Post(value = "/token", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<?> create(@Body @Nullable Map<String, Object> body) {
    Object code = body == null ? null : body.get("code");
    if (!(code instanceof String text) || text.isBlank()) {
      return problem(HttpStatus.BAD_REQUEST, "\"code\" is required in the JSON body");
    }
    Object redirect = body.get("redirectUrl");
    return run(() -> answer(null, exchange.exchange(text, null, (String) redirect)));
  }

  @Get("/token")
  HttpResponse<?> check(@Header("Authorization") @Nullable String authorization) {
    return withToken(authorization, t -> answer(tokens.check(t), token(t)));
  }

  @Patch("/token")
  HttpResponse<?> reset(@Header("Authorization") @Nullable String authorization) {
    return withToken(
        authorization,
        t -> {
          JsonNode data = tokens.reset(t);
          return answer(data, token(data.get("token").getStringValue()));
        });
  }

  @Delete("/token")
  HttpResponse<?> delete(@Header("Authorization") @Nullable String authorization) {
    return withToken(
        authorization,
        t -> {
          tokens.delete(t);
          return null;
        });
  }

  @Patch(value = "/refresh-token", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<?> refresh(
      @Header("Authorization") @Nullable String authorization,
      @Body @Nullable Map<String, Object> body) {
    Object refresh = body == null ? null : body.get("refreshToken");
    if (!(refresh instanceof String text) || text.isBlank()) {
      return problem(HttpStatus.BAD_REQUEST, "\"refreshToken\" is required in the JSON body");
    }
    return withToken(authorization, t -> answer(null, refreshFor(t, text)));
  }

  /**
   * Refreshes only for a caller holding a valid token of the refresh token's own user: otherwise
   * anyone with a leaked refresh token would get a new pair through the app's client secret. GitHub
   * must accept {@code current}; the new pair is handed out only when it belongs to the same user,
   * and deleted at GitHub when it does not.
   */
  private UserToken refreshFor(String current, String refreshToken) {
    long caller;
    try {
      caller = ownerOf(tokens.check(current));
    } catch (GitHubApiException e) {
      if (e.status() == 404 || e.status() == 422) {
        throw new SignInException(
            401,
            "The token in the Authorization header is not a valid token of this app (unknown,"
                + " expired or revoked): refresh with the user's current token before it expires,"
                + " or sign the user in again.");
      }
      throw e;
    }
    UserToken fresh = tokens.refresh(refreshToken);
    if (ownerOf(tokens.check(fresh.accessToken())) != caller) {
      try {
        tokens.delete(fresh.accessToken());
      } catch (GitHubApiException e) {
        LOG.warn("Could not delete a mismatched refreshed token: GitHub answered {}", e.status());
      }
      throw new SignInException(
          403,
          "The refresh token belongs to another user than the token in the Authorization header:"
              + " send the user's own token with their refresh token.");
    }
    return fresh;
  }

  private static long ownerOf(JsonNode authorization) {
    JsonNode user = authorization.get("user");
    JsonNode id = user == null ? null : user.get("id");
    if (id == null || !id.isNumber()) {
      throw new GitHubApiException(
          502, "POST /applications/{client_id}/token", "GitHub's answer names no user", null);
    }
    return id.getLongValue();
  }

  @Post(value = "/token/scoped", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<?> scoped(
      @Header("Authorization") @Nullable String authorization,
      @Body @Nullable Map<String, Object> body) {
    return withToken(
        authorization,
        t -> {
          JsonNode data = tokens.scope(t, body == null ? Map.of() : body);
          return answer(data, token(data.get("token").getStringValue()));
        });
  }

  @Delete("/grant")
  HttpResponse<?> deleteGrant(@Header("Authorization") @Nullable String authorization) {
    return withToken(
        authorization,
        t -> {
          tokens.deleteGrant(t);
          return null;
        });
  }

  private HttpResponse<?> withToken(
      String authorization, Function<String, Map<String, Object>> action) {
    if (authorization == null || !authorization.regionMatches(true, 0, "token ", 0, 6)) {
      return problem(
          HttpStatus.UNAUTHORIZED, "\"Authorization: token <user token>\" header required");
    }
    String token = authorization.substring(6).strip();
    return run(() -> action.apply(token));
  }

  private HttpResponse<?> run(java.util.function.Supplier<Map<String, Object>> action) {
    try {
      Map<String, Object> body = action.get();
      return body == null
          ? HttpResponse.noContent()
          : HttpResponse.ok(body).header("Cache-Control", "no-store");
    } catch (SignInException e) {
      return problem(HttpStatus.valueOf(e.status()), e.getMessage());
    } catch (GitHubApiException e) {
      LOG.info("Token route: {}", e.getMessage());
      int status = e.status() == 0 || e.status() >= 500 ? 502 : e.status();
      return problem(HttpStatus.valueOf(status), "GitHub answered " + e.status());
    }
  }

  private Map<String, Object> answer(JsonNode data, UserToken token) {
    Map<String, Object> auth = new LinkedHashMap<>();
    auth.put("type", "token");
    auth.put("tokenType", "oauth");
    auth.put("clientType", config.getScopes().isEmpty() ? "github-app" : "oauth-app");
    auth.put("clientId", app.getClientId());
    auth.put("token", token.accessToken());
    if (token.expiresAt() != null) {
      auth.put("expiresAt", token.expiresAt().toString());
    }
    if (token.refreshToken() != null) {
      auth.put("refreshToken", token.refreshToken());
    }
    if (token.refreshTokenExpiresAt() != null) {
      auth.put("refreshTokenExpiresAt", token.refreshTokenExpiresAt().toString());
    }
    if (!token.scopes().isEmpty()) {
      auth.put("scopes", token.scopes());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (data != null) {
      body.put("data", data);
    }
    body.put("authentication", auth);
    return body;
  }

  private static UserToken token(String accessToken) {
    return new UserToken(accessToken, null, null, null, java.util.List.of());
  }

  private static HttpResponse<?> problem(HttpStatus status, String message) {
    return HttpResponse.status(status).body(Map.of("error", message));
  }
}
