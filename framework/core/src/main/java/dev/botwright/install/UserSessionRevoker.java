package dev.botwright.install;

/**
 * Ends a user's sessions. Called for each bean of this type when GitHub reports that the user
 * revoked the app's authorization ({@code github_app_authorization.revoked}): their tokens no
 * longer work, so their sessions must not either. Must be fast and must not throw.
 */
@FunctionalInterface
public interface UserSessionRevoker {

  /** Ends every session of {@code userId}. */
  void revokeAll(long userId);
}
