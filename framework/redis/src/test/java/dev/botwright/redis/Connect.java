package dev.botwright.redis;

import dev.botwright.config.AppConfiguration;
import java.time.Duration;
import java.util.List;

/** A {@link Redis} as one process of a bot would have it: its own client and connections. */
final class Connect {

  static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  /** The queue entries' MAC key of the test bot. */
  static final String ENTRY_KEY = "entry-key-of-the-test-bot";

  private Connect() {}

  static RedisConfiguration config(RedisServer server) {
    RedisConfiguration config = new RedisConfiguration();
    config.setUrl(server.url());
    config.setKeyPrefix("test:");
    config.setClaimTimeout(Duration.ofMillis(600));
    config.setCommandTimeout(Duration.ofSeconds(2));
    config.setTokenEncryptionKey(List.of(KEY));
    config.setEntryKey(List.of(ENTRY_KEY));
    return config;
  }

  static Redis process(RedisConfiguration config) {
    return new Redis(config, new AppConfiguration());
  }
}
