package dev.botwright.internal.auth;

import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubResponse;
import io.micronaut.core.annotation.Internal;
import java.util.Map;

/**
 * Sends a request authenticated as the app, with its JWT: the token minter's own way to GitHub,
 * which needs no installation token and so no lookup of the clients that use the tokens it mints.
 * The client module provides the bean, over the same HTTP client as the app client.
 */
@Internal
@FunctionalInterface
public interface AppJwtExecutor {

  /**
   * Sends {@code route} (e.g. {@code "POST /app/installations/{installation_id}/access_tokens"})
   * with {@code parameters} filling its placeholders and the rest as the body.
   *
   * @throws GitHubApiException when GitHub refuses, with no secret in the message
   */
  GitHubResponse request(String route, Map<String, ?> parameters);
}
