package dev.botwright.internal.auth;

import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;

/** Asks GitHub for a new installation token; a seam so the cache logic can be tested alone. */
interface TokenMinter {

  /** A freshly minted token for {@code key}; throws when GitHub refuses. */
  Token mint(Key key);
}
