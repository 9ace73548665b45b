package dev.botwright.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.ClientCacheConfiguration;
import dev.botwright.spi.GitHubResponseCache.Entry;
import dev.botwright.spi.ValueCiphers;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisGitHubResponseCacheTest {

  private static final ValueCiphers CIPHERS = defaultCiphers();
  private static final String KEY =
      "installation:7\napplication/vnd.github+json\nhttps://x/repos/o/r";
  private static final String SECRET_BODY = "{\"secret\":\"the-private-readme\"}";

  @RegisterExtension static final SharedRedis SERVER = new SharedRedis();
  private final List<Redis> processes = new ArrayList<>();
  private RedisConfiguration config;

  @BeforeEach
  void prefix(TestInfo info) {
    config = SERVER.config(info, "");
  }

  @AfterEach
  void close() {
    processes.forEach(Redis::close);
  }

  @Test
  void anAnswerStoredByOneProcessIsReadByAnother() {
    RedisGitHubResponseCache one = cache(process(), new ClientCacheConfiguration());
    RedisGitHubResponseCache two = cache(process(), new ClientCacheConfiguration());

    one.put(KEY, entry());

    Entry read = two.get(KEY).orElseThrow();
    assertThat(new String(read.body(), StandardCharsets.UTF_8)).isEqualTo(SECRET_BODY);
    assertThat(read.headers()).containsEntry("etag", List.of("\"v1\""));
    assertThat(two.get(KEY.replace("installation:7", "installation:8"))).isEmpty();
  }

  @Test
  void nothingIsStoredInClear() {
    Redis redis = process();
    RedisGitHubResponseCache cache = cache(redis, new ClientCacheConfiguration());

    cache.put(KEY, entry());

    List<String> keys = redis.call("list", c -> c.keys(config.getKeyPrefix() + "*"));
    assertThat(keys)
        .hasSize(1)
        .allSatisfy(k -> assertThat(k).doesNotContain("repos", "installation"));
    String stored = redis.call("read", c -> c.get(keys.get(0)));
    assertThat(stored).doesNotContain("secret", "the-private-readme");
    // Only the key ring opens it: another key reads nothing.
    RedisGitHubResponseCache otherKey =
        new RedisGitHubResponseCache(
            redis,
            RedisInstallationTokenCache.keyRing(
                CIPHERS, List.of("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=")),
            new ClientCacheConfiguration());
    assertThat(otherKey.get(KEY)).isEmpty();
    assertThat(cache.get(KEY)).isPresent();
  }

  @Test
  void answersLargerThanTheBoundAreNotStored() {
    ClientCacheConfiguration small = new ClientCacheConfiguration();
    small.setMaxBytes(64);
    RedisGitHubResponseCache cache = cache(process(), small);

    cache.put(KEY, entry());

    assertThat(cache.get(KEY)).isEmpty();
  }

  private static Entry entry() {
    return new Entry(
        Map.of("etag", List.of("\"v1\""), "link", List.of("<https://x?page=2>; rel=\"next\"")),
        SECRET_BODY.getBytes(StandardCharsets.UTF_8));
  }

  private Redis process() {
    Redis redis = Connect.process(config);
    processes.add(redis);
    return redis;
  }

  private static RedisGitHubResponseCache cache(Redis redis, ClientCacheConfiguration config) {
    return new RedisGitHubResponseCache(
        redis, RedisInstallationTokenCache.keyRing(CIPHERS, List.of(Connect.KEY)), config);
  }

  private static ValueCiphers defaultCiphers() {
    try (ApplicationContext context = ApplicationContext.run()) {
      return context.getBean(ValueCiphers.class);
    }
  }
}
