package dev.botwright.internal.auth;

import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import io.micronaut.core.annotation.Internal;

/**
 * Gives out installation tokens: from the cache while they have more than the refresh margin left,
 * else minted with {@code POST /app/installations/{id}/access_tokens}, at most one mint per key at
 * a time (concurrent callers wait for the same mint).
 */
@Internal
public interface InstallationTokens {

  /** A token for {@code key}, valid for at least the refresh margin. */
  Token get(Key key);

  /**
   * Forgets {@code rejected} after GitHub answered 401 to it, so the next {@link #get} mints anew
   * (unless another caller already replaced it).
   */
  void invalidate(Key key, Token rejected);
}
