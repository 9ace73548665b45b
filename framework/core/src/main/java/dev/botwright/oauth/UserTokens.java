package dev.botwright.oauth;

import io.micronaut.json.tree.JsonNode;
import java.util.Map;

/**
 * Manages user tokens with the app's client id and secret (HTTP Basic), through GitHub's REST API
 * for OAuth authorizations: check, reset, scope and delete a token, delete the user's grant, and
 * refresh an expiring token. Errors are {@link dev.botwright.github.GitHubApiException}s (404 from
 * {@link #check} means the token is not valid), or {@link SignInException}s for a refresh.
 */
public interface UserTokens {

  /** GitHub's authorization for a valid token ({@code POST /applications/{client_id}/token}). */
  JsonNode check(String accessToken);

  /** Replaces the token by a new one ({@code PATCH /applications/{client_id}/token}). */
  JsonNode reset(String accessToken);

  /** Revokes the token ({@code DELETE /applications/{client_id}/token}). */
  void delete(String accessToken);

  /**
   * Revokes the user's grant and every token of it ({@code DELETE
   * /applications/{client_id}/grant}): the user must authorize the app again.
   */
  void deleteGrant(String accessToken);

  /**
   * A token limited to repositories and permissions ({@code POST
   * /applications/{client_id}/token/scoped}).
   *
   * @param restrictions GitHub's fields: {@code target} or {@code target_id}, {@code repositories}
   *     or {@code repository_ids}, {@code permissions}
   */
  JsonNode scope(String accessToken, Map<String, ?> restrictions);

  /** Trades a single-use refresh token for a new token pair. */
  UserToken refresh(String refreshToken);
}
