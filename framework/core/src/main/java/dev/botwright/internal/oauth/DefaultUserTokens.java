package dev.botwright.internal.oauth;

import dev.botwright.config.AppConfiguration;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import dev.botwright.internal.client.UserClients;
import dev.botwright.oauth.UserToken;
import dev.botwright.oauth.UserTokens;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** The default {@link UserTokens}. */
@Singleton
@Requires(bean = UserClients.class)
final class DefaultUserTokens implements UserTokens {

  private final AppConfiguration app;
  private final UserClients clients;
  private final OAuthExchange exchange;

  DefaultUserTokens(AppConfiguration app, UserClients clients, OAuthExchange exchange) {
    this.app = app;
    this.clients = clients;
    this.exchange = exchange;
  }

  @Override
  public JsonNode check(String accessToken) {
    return send("POST /applications/{client_id}/token", Map.of("access_token", accessToken));
  }

  @Override
  public JsonNode reset(String accessToken) {
    return send("PATCH /applications/{client_id}/token", Map.of("access_token", accessToken));
  }

  @Override
  public void delete(String accessToken) {
    send("DELETE /applications/{client_id}/token", Map.of("access_token", accessToken));
  }

  @Override
  public void deleteGrant(String accessToken) {
    send("DELETE /applications/{client_id}/grant", Map.of("access_token", accessToken));
  }

  @Override
  public JsonNode scope(String accessToken, Map<String, ?> restrictions) {
    Map<String, Object> body = new LinkedHashMap<>(restrictions);
    body.put("access_token", accessToken);
    return send("POST /applications/{client_id}/token/scoped", body);
  }

  @Override
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
