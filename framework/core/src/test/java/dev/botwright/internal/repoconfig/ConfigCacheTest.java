package dev.botwright.internal.repoconfig;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.github.RepoRef;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConfigCacheTest {

  static final RepoRef HELLO = new RepoRef("Octo", "Hello");
  static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

  @Test
  void theLeastRecentlyUsedEntryLeavesFirstWhenEntriesRunOut() {
    ConfigCache cache = new ConfigCache(2, 1_000);
    ConfigCache.Key a = key(1, "a.yml");
    ConfigCache.Key b = key(1, "b.yml");
    cache.put(a, entry("a"));
    cache.put(b, entry("b"));
    cache.get(a);

    cache.put(key(1, "c.yml"), entry("c"));

    assertThat(cache.get(a)).isPresent();
    assertThat(cache.get(b)).isEmpty();
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void entriesLeaveWhenTheirTextOutgrowsTheCharacterBound() {
    ConfigCache cache = new ConfigCache(100, 10);
    cache.put(key(1, "a.yml"), entry("123456"));
    cache.put(key(1, "b.yml"), entry("789012"));
    cache.put(key(1, "huge.yml"), entry("x".repeat(11)));

    assertThat(cache.get(key(1, "a.yml"))).isEmpty();
    assertThat(cache.get(key(1, "b.yml"))).isPresent();
    assertThat(cache.get(key(1, "huge.yml"))).isEmpty();
    assertThat(cache.chars()).isEqualTo(6);
  }

  @Test
  void installationsAndRefsHaveEntriesOfTheirOwn() {
    ConfigCache cache = new ConfigCache(100, 1_000);
    cache.put(key(1, "a.yml"), entry("one"));

    assertThat(cache.get(key(2, "a.yml"))).isEmpty();
    assertThat(cache.get(ConfigCache.Key.of(1, HELLO, "v2", ".github/a.yml"))).isEmpty();
    assertThat(
            cache.get(ConfigCache.Key.of(1, new RepoRef("octo", "hello"), null, ".github/a.yml")))
        .isPresent();
  }

  @Test
  void invalidatingARepositoryMakesItsEntriesStaleButKeepsTheirEtags() {
    ConfigCache cache = new ConfigCache(100, 1_000);
    cache.put(key(1, "a.yml"), entry("one"));
    cache.put(key(2, "a.yml"), entry("two"));
    ConfigCache.Key other = ConfigCache.Key.of(1, new RepoRef("octo", "other"), null, "a.yml");
    cache.put(other, entry("three"));

    cache.invalidate(new RepoRef("octo", "HELLO"));

    assertThat(cache.get(key(1, "a.yml")).orElseThrow().checked()).isEqualTo(Instant.EPOCH);
    assertThat(cache.get(key(2, "a.yml")).orElseThrow().etag()).isEqualTo("\"etag\"");
    assertThat(cache.get(other).orElseThrow().checked()).isEqualTo(NOW);
  }

  private static ConfigCache.Key key(long installation, String name) {
    return ConfigCache.Key.of(installation, HELLO, null, ".github/" + name);
  }

  private static ConfigCache.Entry entry(String text) {
    return new ConfigCache.Entry("\"etag\"", text, NOW);
  }
}
