package dev.botwright.internal.client;

import dev.botwright.github.GitHubClient;
import io.micronaut.core.annotation.Internal;
import java.util.function.Supplier;

/**
 * Creates clients that act as a signed-in user, or as the app's OAuth client (client id and
 * secret), with the same retries, rate-limit handling and API as installation clients.
 */
@Internal
public interface UserClients {

  /**
   * A client sending {@code Authorization: Bearer <token>} with the token {@code token} supplies
   * for each attempt. When GitHub answers 401, {@code onUnauthorized} runs (it may throw to end the
   * user's session) and the request fails without a retry.
   */
  GitHubClient user(Supplier<String> token, Runnable onUnauthorized);

  /**
   * A client authenticating with HTTP Basic as the app's OAuth client, for {@code /applications}.
   */
  GitHubClient oauthApp(String clientId, String clientSecret);
}
