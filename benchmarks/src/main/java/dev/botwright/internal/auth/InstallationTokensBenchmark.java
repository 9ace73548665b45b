package dev.botwright.internal.auth;

import dev.botwright.config.TokenConfiguration;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A cache hit in {@link DefaultInstallationTokens} over the default in-memory cache (default size
 * 20,000, so segmented): what every GitHub request of a handler pays to get its token once one is
 * minted. With 10,000 installations cached it walks the keys in turn, so the lookups miss the CPU
 * caches as a busy multi-installation bot's would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InstallationTokensBenchmark {

  /** How many installations have a token in the cache. */
  @Param({"1", "10000"})
  public int installations;

  private DefaultInstallationTokens tokens;
  private Key[] keys;
  private long[] ids;
  private int next;

  /** Fills the cache with one fresh token per installation; minting would fail the benchmark. */
  @Setup
  public void setUp() {
    TokenConfiguration config = new TokenConfiguration();
    InMemoryInstallationTokenCache cache = new InMemoryInstallationTokenCache(config);
    TokenMinter minter =
        key -> {
          throw new IllegalStateException("A cache hit must not mint; key " + key);
        };
    tokens = new DefaultInstallationTokens(cache, minter, config, BotwrightMetrics.disabled());
    keys = new Key[installations];
    ids = new long[installations];
    Instant now = Instant.now();
    for (int i = 0; i < installations; i++) {
      ids[i] = 1_000_000L + i * 7919L;
      keys[i] = Key.of(ids[i]);
      cache.put(keys[i], new Token("ghs_" + i, now.plus(Duration.ofHours(1)), now));
    }
  }

  /** A hit with a key the caller already holds (the installation client keeps its key). */
  @Benchmark
  public Token hit() {
    int i = next;
    next = i + 1 == keys.length ? 0 : i + 1;
    return tokens.get(keys[i]);
  }

  /** A hit with a key built for the call: {@code Key.of(id)} plus the lookup. */
  @Benchmark
  public Token hitWithNewKey() {
    int i = next;
    next = i + 1 == ids.length ? 0 : i + 1;
    return tokens.get(Key.of(ids[i]));
  }
}
