package dev.botwright.internal.auth;

import dev.botwright.config.TokenConfiguration;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.spi.InstallationTokenCache;
import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Serves tokens from the {@link InstallationTokenCache} and mints at most one per key at a time in
 * this process: the first caller mints on its own thread, later callers wait for its result.
 */
@Singleton
@Requires(missingBeans = InstallationTokens.class)
final class DefaultInstallationTokens implements InstallationTokens {

  private final InstallationTokenCache cache;
  private final TokenMinter minter;
  private final Duration refreshMargin;
  private final Clock clock;
  private final BotwrightMetrics metrics;

  /**
   * Who holds each key right now: a mint, or an invalidation. A slot completed with {@code null}
   * (an invalidation) tells waiters to look again.
   */
  private final ConcurrentMap<Key, CompletableFuture<Token>> slots = new ConcurrentHashMap<>();

  @Inject
  DefaultInstallationTokens(
      InstallationTokenCache cache,
      TokenMinter minter,
      TokenConfiguration config,
      BotwrightMetrics metrics) {
    this(cache, minter, config, Clock.systemUTC(), metrics);
  }

  DefaultInstallationTokens(
      InstallationTokenCache cache, TokenMinter minter, TokenConfiguration config, Clock clock) {
    this(cache, minter, config, clock, BotwrightMetrics.disabled());
  }

  private DefaultInstallationTokens(
      InstallationTokenCache cache,
      TokenMinter minter,
      TokenConfiguration config,
      Clock clock,
      BotwrightMetrics metrics) {
    this.metrics = metrics;
    this.cache = cache;
    this.minter = minter;
    this.refreshMargin = config.getRefreshMargin();
    this.clock = clock;
  }

  @Override
  public Token get(Key key) {
    while (true) {
      Optional<Token> cached = fresh(key);
      if (cached.isPresent()) {
        metrics.tokenCacheHit();
        return cached.get();
      }
      CompletableFuture<Token> mine = new CompletableFuture<>();
      CompletableFuture<Token> holder = slots.putIfAbsent(key, mine);
      if (holder == null) {
        return mint(key, mine);
      }
      Token token = await(holder);
      if (token != null) {
        return token;
      }
    }
  }

  private Token mint(Key key, CompletableFuture<Token> slot) {
    try {
      // Another caller (or, with a shared cache, another process) may have stored a token between
      // our cache miss and taking the slot; the cache re-checks before minting.
      Token token = cache.getOrMint(key, this::isFresh, () -> mintCounted(key));
      slot.complete(token);
      return token;
    } catch (RuntimeException | Error e) {
      slot.completeExceptionally(e);
      throw e;
    } finally {
      slots.remove(key, slot);
    }
  }

  private Token mintCounted(Key key) {
    Token token = minter.mint(key);
    metrics.tokenMinted();
    return token;
  }

  @Override
  public void invalidate(Key key, Token rejected) {
    // Holding the key's slot keeps our own mints from storing a new token between the check and
    // the removal. If a mint already holds it, that mint replaces the rejected token anyway.
    CompletableFuture<Token> slot = new CompletableFuture<>();
    if (slots.putIfAbsent(key, slot) != null) {
      return;
    }
    try {
      if (cache.get(key).filter(rejected::equals).isPresent()) {
        cache.remove(key);
      }
    } finally {
      slot.complete(null);
      slots.remove(key, slot);
    }
  }

  private Optional<Token> fresh(Key key) {
    return cache.get(key).filter(this::isFresh);
  }

  private boolean isFresh(Token token) {
    return token.expiresAt().minus(refreshMargin).isAfter(clock.instant());
  }

  private static Token await(CompletableFuture<Token> slot) {
    try {
      return slot.join();
    } catch (CompletionException e) {
      // Every waiter sees the minting caller's own exception, not a wrapper.
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** The slot held for {@code key}, for tests that need callers to pile up behind a mint. */
  @Nullable CompletableFuture<Token> slot(Key key) {
    return slots.get(key);
  }
}
