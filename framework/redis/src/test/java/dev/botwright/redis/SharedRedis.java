package dev.botwright.redis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@code redis-server} for a test class, started before its first test and stopped after its
 * last, with a bot's {@link RedisConfiguration} per test whose keys carry the test's name, so the
 * tests of a class share the server but never each other's keys.
 *
 * <pre>{@code
 * @RegisterExtension static final SharedRedis SERVER = new SharedRedis();
 * }</pre>
 */
final class SharedRedis implements BeforeAllCallback, AfterAllCallback {

  private @Nullable RedisServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = RedisServer.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
    }
  }

  RedisServer server() {
    return Objects.requireNonNull(server, "the server starts before the class' first test");
  }

  /** {@link Connect#config} with keys under {@code prefix} and the running test's name. */
  RedisConfiguration config(TestInfo test, String prefix) {
    RedisConfiguration config = Connect.config(server());
    config.setKeyPrefix(prefix + test.getTestMethod().orElseThrow().getName() + ":");
    return config;
  }
}
