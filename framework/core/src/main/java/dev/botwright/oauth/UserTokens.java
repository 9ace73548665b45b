package dev.botwright.oauth;

import dev.botwright.config.AppConfiguration;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import dev.botwright.internal.client.UserClients;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Manages user tokens with the app's client id and secret (HTTP Basic), through GitHub's REST API
 * for OAuth authorizations: check, reset, scope and delete a token, delete the user's grant, and
 * refresh an expiring token. Errors are {@link dev.botwright.github.GitHubApiException}s (404 from
 * {@link #check} means the token is not valid), or {@link SignInException}s for a refresh.
 */
@Singleton
@Requires(bean = UserClients.class)
public class UserTokens {

  private final AppConfiguration app;
  private final UserClients clients;
  private final OAuthExchange exchange;

  UserTokens(AppConfiguration app, UserClients clients, OAuthExchange exchange) {
    this.app = app;
    this.clients = clients;
    this.exchange = exchange;
  }

  /** GitHub's authorization for a valid token ({@code POST /applications/{client_id}/token}). */
  public JsonNode check(String accessToken) {
    return send("POST /applications/{client_id}/token", Map.of("access_token", accessToken));
  }

  /** Replaces the token by a new one ({@code PATCH /applications/{client_id}/token}). */
  public JsonNode reset(String accessToken) {
    return send("PATCH /applications/{client_id}/token", Map.of("access_token", accessToken));
  }

  /** Revokes the token ({@code DELETE /applications/{client_id}/token}). */
  public void delete(String accessToken) {
    send("DELETE /applications/{client_id}/token", Map.of("access_token", accessToken));
  }

  /**
   * Revokes the user's grant and every token of it ({@code DELETE
   * /applications/{client_id}/grant}): the user must authorize the app again.
   */
  public void deleteGrant(String accessToken) {
    send("DELETE /applications/{client_id}/grant", Map.of("access_token", accessToken));
  }

  /**
   * A token limited to repositories and permissions ({@code POST
   * /applications/{client_id}/token/scoped}).
   *
   * @param restrictions GitHub's fields: {@code target} or {@code target_id}, {@code repositories}
   *     or {@code repository_ids}, {@code permissions}
   */
  public JsonNode scope(String accessToken, Map<String, ?> restrictions) {
    Map<String, Object> body = new LinkedHashMap<>(restrictions);
    body.put("access_token", accessToken);
    return send("POST /applications/{client_id}/token/scoped", body);
  }

  /** Trades a single-use refresh token for a new token pair. */
  public UserToken refresh(String refreshToken) {
    return exchange.refresh(refreshToken);
  }

  private JsonNode send(String route, Map<String, ?> body) {
    String clientId = exchange.clientId();
    GitHubClient client = clients.oauthApp(clientId, app.getClientSecret());
    Map<String, Object> parameters = new LinkedHashMap<>(body);
    parameters.put("client_id", clientId);
    GitHubResponse response = client.request(route, parameters);
    return response.body();
  }
}
