package dev.botwright.internal.oauth;

import dev.botwright.oauth.UserToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Serialises token refreshes per user. GitHub's refresh tokens are single use, so when several
 * requests of one user carry the same expired token, only the first refreshes; the others wait and
 * reuse its result, remembered for a few minutes under a hash of the spent refresh token.
 */
final class Refreshes {

  private static final Duration REMEMBER = Duration.ofMinutes(5);
  private static final int STRIPES = 64;

  private record Result(UserToken token, long atMillis) {}

  private final Object[] locks = new Object[STRIPES];
  private final Map<String, Result> recent = new ConcurrentHashMap<>();
  private final Clock clock;

  Refreshes(Clock clock) {
    this.clock = clock;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  /** The token that replaces {@code spentRefreshToken}, refreshing at most once per spent token. */
  UserToken refresh(long userId, String spentRefreshToken, Function<String, UserToken> refresher) {
    String key = hash(spentRefreshToken);
    synchronized (locks[Math.floorMod(Long.hashCode(userId), STRIPES)]) {
      Result done = recent.get(key);
      if (done != null) {
        return done.token();
      }
      UserToken token = refresher.apply(spentRefreshToken);
      long now = clock.millis();
      recent.values().removeIf(r -> r.atMillis() < now - REMEMBER.toMillis());
      recent.put(key, new Result(token, now));
      return token;
    }
  }

  static String hash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
