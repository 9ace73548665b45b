package dev.botwright.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.botwright.config.TokenConfiguration;
import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DefaultInstallationTokensTest {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final Key KEY = Key.of(42);

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryInstallationTokenCache cache = new InMemoryInstallationTokenCache(100);
  final AtomicInteger mints = new AtomicInteger();
  final ExecutorService pool = Executors.newFixedThreadPool(500);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void fiveHundredConcurrentCallersShareOneMint() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    DefaultInstallationTokens tokens =
        tokens(
            key -> {
              hold(release);
              return hourToken("t" + mints.get());
            });

    List<Future<Token>> results = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      results.add(pool.submit(() -> tokens.get(KEY)));
    }
    // Hold the mint until the 499 others are parked on its future.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> tokens.slot(KEY) != null && tokens.slot(KEY).getNumberOfDependents() == 499);
    release.countDown();

    Token first = results.get(0).get(30, TimeUnit.SECONDS);
    for (Future<Token> result : results) {
      assertThat(result.get(30, TimeUnit.SECONDS)).isSameAs(first);
    }
    assertThat(mints).hasValue(1);
    assertThat(tokens.slot(KEY)).isNull();
  }

  @Test
  void servesFromTheCacheUntilTheRefreshMargin() {
    DefaultInstallationTokens tokens = tokens(key -> hourToken("t" + mints.get()));
    Token first = tokens.get(KEY);

    clock.advance(Duration.ofMinutes(55).minusSeconds(1)); // 5 min 1 s left
    assertThat(tokens.get(KEY)).isSameAs(first);

    clock.advance(Duration.ofSeconds(1)); // exactly the 5 minute margin left
    Token second = tokens.get(KEY);
    assertThat(second.value()).isEqualTo("t2");
    assertThat(cache.get(KEY)).contains(second);
    assertThat(mints).hasValue(2);
  }

  @Test
  void keysAreMintedSeparately() {
    DefaultInstallationTokens tokens = tokens(key -> hourToken("t" + key.installationId()));
    Key narrowed = new Key(42, List.of("hello"), java.util.Map.of("issues", "write"));

    assertThat(tokens.get(KEY).value()).isEqualTo("t42");
    assertThat(tokens.get(narrowed).value()).isEqualTo("t42");
    assertThat(tokens.get(Key.of(7)).value()).isEqualTo("t7");
    assertThat(mints).hasValue(3);
  }

  @Test
  void invalidateForgetsTheRejectedTokenOnly() {
    DefaultInstallationTokens tokens = tokens(key -> hourToken("t" + mints.get()));
    Token first = tokens.get(KEY);

    tokens.invalidate(KEY, first);
    Token second = tokens.get(KEY);
    assertThat(second.value()).isEqualTo("t2");

    // A late report about the old token must not throw away its replacement.
    tokens.invalidate(KEY, first);
    assertThat(tokens.get(KEY)).isSameAs(second);
    assertThat(mints).hasValue(2);
  }

  @Test
  void failedMintFailsAllWaitersAndIsRetriedNextTime() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    IllegalStateException boom = new IllegalStateException("GitHub is down");
    DefaultInstallationTokens tokens =
        tokens(
            key -> {
              if (mints.get() == 1) {
                hold(release);
                throw boom;
              }
              return hourToken("t" + mints.get());
            });

    List<Future<Token>> results = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      results.add(pool.submit(() -> tokens.get(KEY)));
    }
    await().until(() -> tokens.slot(KEY) != null && tokens.slot(KEY).getNumberOfDependents() == 9);
    release.countDown();

    for (Future<Token> result : results) {
      assertThatThrownBy(() -> result.get(30, TimeUnit.SECONDS)).hasCause(boom);
    }
    assertThat(cache.get(KEY)).isEmpty();
    assertThat(tokens.get(KEY).value()).isEqualTo("t2");
    assertThat(mints).hasValue(2);
  }

  @Test
  void theMintersExceptionReachesTheCallerUnwrapped() {
    IllegalStateException boom = new IllegalStateException("GitHub is down");
    DefaultInstallationTokens tokens =
        tokens(
            key -> {
              throw boom;
            });
    assertThatThrownBy(() -> tokens.get(KEY)).isSameAs(boom);
  }

  private DefaultInstallationTokens tokens(Function<Key, Token> mint) {
    TokenMinter minter =
        key -> {
          mints.incrementAndGet();
          return mint.apply(key);
        };
    return new DefaultInstallationTokens(cache, minter, new TokenConfiguration(), clock);
  }

  private Token hourToken(String value) {
    return new Token(value, clock.instant().plus(Duration.ofHours(1)), clock.instant());
  }

  private static void hold(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
