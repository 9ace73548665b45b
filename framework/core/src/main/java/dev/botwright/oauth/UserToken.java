package dev.botwright.oauth;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A user access token from GitHub, with its refresh token when the app's user tokens expire. Its
 * {@link #toString()} never shows the tokens.
 *
 * @param accessToken the token to send as {@code Authorization: Bearer}
 * @param expiresAt when it expires, if it does
 * @param refreshToken the single-use refresh token, if any
 * @param refreshTokenExpiresAt when the refresh token expires, if it does
 * @param scopes the granted scopes (OAuth Apps only; empty for GitHub Apps)
 */
public record UserToken(
    String accessToken,
    @Nullable Instant expiresAt,
    @Nullable String refreshToken,
    @Nullable Instant refreshTokenExpiresAt,
    List<String> scopes) {

  /** Copies the scopes. */
  public UserToken {
    scopes = List.copyOf(scopes);
  }

  /** When the access token expires, if it does. */
  public Optional<Instant> expires() {
    return Optional.ofNullable(expiresAt);
  }

  /** The refresh token, if GitHub issued one. */
  public Optional<String> refresh() {
    return Optional.ofNullable(refreshToken);
  }

  @Override
  public String toString() {
    return "UserToken[expiresAt=" + expiresAt + ", refreshable=" + (refreshToken != null) + "]";
  }
}
