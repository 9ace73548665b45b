package dev.botwright.internal.client;

import dev.botwright.github.GitHubResponse;
import dev.botwright.internal.auth.AppJwtExecutor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The token minter's requests, made exactly as the app client makes them (same HTTP client, base
 * URL, user agent, JWT clock correction and error mapping) but from {@link SharedHttp} rather than
 * from the clients, which depend on installation tokens in turn.
 */
@Singleton
final class DefaultAppJwtExecutor implements AppJwtExecutor {

  private final SharedHttp http;

  DefaultAppJwtExecutor(SharedHttp http) {
    this.http = http;
  }

  @Override
  public GitHubResponse request(String route, Map<String, ?> parameters) {
    return http.app().request(route, parameters);
  }
}
