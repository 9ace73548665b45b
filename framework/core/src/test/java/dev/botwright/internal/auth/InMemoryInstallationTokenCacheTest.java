package dev.botwright.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.config.TokenConfiguration;
import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InMemoryInstallationTokenCacheTest {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void evictsTheLeastRecentlyUsedWhenFull() {
    InMemoryInstallationTokenCache cache = new InMemoryInstallationTokenCache(3);
    cache.put(Key.of(1), token("1"));
    cache.put(Key.of(2), token("2"));
    cache.put(Key.of(3), token("3"));
    assertThat(cache.get(Key.of(1))).isPresent(); // 2 is now the least recently used

    cache.put(Key.of(4), token("4"));

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.get(Key.of(2))).isEmpty();
    assertThat(cache.get(Key.of(1))).contains(token("1"));
    assertThat(cache.get(Key.of(4))).contains(token("4"));
  }

  @Test
  void theDefaultHoldsTwentyThousandInstallationsAndNoMore() {
    InMemoryInstallationTokenCache cache =
        new InMemoryInstallationTokenCache(new TokenConfiguration());
    IntStream.range(0, 20_000).parallel().forEach(i -> cache.put(Key.of(i), token("t" + i)));

    assertThat(cache.size()).isEqualTo(20_000);
    assertThat(IntStream.range(0, 20_000).allMatch(i -> cache.get(Key.of(i)).isPresent())).isTrue();

    IntStream.range(20_000, 25_000).forEach(i -> cache.put(Key.of(i), token("t" + i)));
    assertThat(cache.size()).isEqualTo(20_000);
    assertThat(cache.get(Key.of(24_999))).contains(token("t24999"));
  }

  @Test
  void replacesAndRemoves() {
    InMemoryInstallationTokenCache cache = new InMemoryInstallationTokenCache(10);
    cache.put(Key.of(1), token("old"));
    cache.put(Key.of(1), token("new"));
    assertThat(cache.get(Key.of(1))).contains(token("new"));

    cache.remove(Key.of(1));
    assertThat(cache.get(Key.of(1))).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void refusesAnEmptyBound() {
    assertThatThrownBy(() -> new InMemoryInstallationTokenCache(0))
        .hasMessage(
            "botwright.tokens.cache-size must be at least 1, but is 0; the default is 20000.");
  }

  static Token token(String value) {
    return new Token(value, NOW.plusSeconds(3600), NOW);
  }
}
