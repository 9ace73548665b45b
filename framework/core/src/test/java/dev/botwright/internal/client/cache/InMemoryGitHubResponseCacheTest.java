package dev.botwright.internal.client.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.spi.GitHubResponseCache.Entry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryGitHubResponseCacheTest {

  private static Entry entry(int bodyBytes) {
    return new Entry(Map.of("etag", List.of("\"e\"")), new byte[bodyBytes]);
  }

  private static long weight(String key, Entry entry) {
    return key.length() + entry.weight();
  }

  @Test
  void evictsTheLeastRecentlyUsedOnceOverTheByteBound() {
    long one = weight("a", entry(1000));
    InMemoryGitHubResponseCache cache = new InMemoryGitHubResponseCache(2 * one + one / 2);
    cache.put("a", entry(1000));
    cache.put("b", entry(1000));
    assertThat(cache.get("a")).isPresent(); // a is now more recent than b

    cache.put("c", entry(1000));

    assertThat(cache.get("b")).isEmpty();
    assertThat(cache.get("a")).isPresent();
    assertThat(cache.get("c")).isPresent();
    assertThat(cache.bytes()).isEqualTo(2 * one).isLessThanOrEqualTo(2 * one + one / 2);
  }

  @Test
  void anAnswerLargerThanTheBoundIsNotKeptAndDropsTheOldOne() {
    InMemoryGitHubResponseCache cache = new InMemoryGitHubResponseCache(5000);
    cache.put("a", entry(100));

    cache.put("a", entry(10_000));

    assertThat(cache.get("a")).isEmpty();
    assertThat(cache.bytes()).isZero();
  }

  @Test
  void replacingAnEntryCountsItsBytesOnce() {
    InMemoryGitHubResponseCache cache = new InMemoryGitHubResponseCache(1 << 20);
    cache.put("a", entry(100));
    cache.put("a", entry(300));

    assertThat(cache.bytes()).isEqualTo(weight("a", entry(300)));
    assertThat(cache.get("a").orElseThrow().body()).hasSize(300);
  }
}
