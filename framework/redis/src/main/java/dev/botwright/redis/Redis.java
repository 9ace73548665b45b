package dev.botwright.redis;

import dev.botwright.config.AppConfiguration;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's connections to Redis: one shared connection for strings, one for binary values
 * (payloads), each thread-safe and pipelined by lettuce. Commands fail fast while disconnected
 * (lettuce reconnects in the background), and an outage is logged once when it starts and once when
 * it ends.
 */
@Internal
@Singleton
@Requires(property = RedisConfiguration.URL)
public final class Redis {

  private static final Logger LOG = LoggerFactory.getLogger(Redis.class);

  private final RedisClient client;
  private final String prefix;
  private final String where;
  private final RedisConfiguration config;
  private final StatefulRedisConnection<String, String> strings;
  private final StatefulRedisConnection<String, byte[]> bytes;
  private volatile boolean down;

  Redis(RedisConfiguration config, AppConfiguration app) {
    this.config = config;
    RedisURI uri;
    try {
      // This bean requires botwright.redis.url (RedisConfiguration's @Requires), so it is set.
      uri = RedisURI.create(Objects.requireNonNull(config.getUrl()));
    } catch (RuntimeException e) {
      throw new dev.botwright.BotwrightConfigurationException(
          "botwright.redis.url (REDIS_URL) is not a Redis URL like redis://host:6379: "
              + e.getMessage());
    }
    uri.setTimeout(config.getCommandTimeout());
    this.where = uri.getHost() + ":" + uri.getPort();
    String keyPrefix = config.getKeyPrefix();
    this.prefix =
        keyPrefix != null
            ? keyPrefix
            : "botwright:" + (app.getId() == null ? "app" : app.getId()) + ":";
    this.client = RedisClient.create(uri);
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(
                SocketOptions.builder().connectTimeout(config.getConnectTimeout()).build())
            .timeoutOptions(TimeoutOptions.enabled(config.getCommandTimeout()))
            .build());
    try {
      this.strings = client.connect(StringCodec.UTF8);
      this.bytes = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    } catch (RedisException e) {
      client.shutdown();
      throw new dev.botwright.BotwrightConfigurationException(
          "Redis at "
              + where
              + " (botwright.redis.url, REDIS_URL) cannot be reached: "
              + e.getMessage()
              + ". Start Redis or fix the URL; without REDIS_URL the bot runs in one process.");
    }
    LOG.info("Redis mode: connected to {} with key prefix {}", where, prefix);
  }

  /** The settings. */
  RedisConfiguration config() {
    return config;
  }

  /** The prefix of every key. */
  String key(String suffix) {
    return prefix + suffix;
  }

  /** Runs {@code command} on the shared string connection. */
  <T> T call(String what, Function<RedisCommands<String, String>, T> command) {
    return run(what, () -> command.apply(strings.sync()));
  }

  /** Runs {@code command} on the shared binary connection. */
  <T> T callBytes(String what, Function<RedisCommands<String, byte[]>, T> command) {
    return run(what, () -> command.apply(bytes.sync()));
  }

  /** A connection of its own, for blocking reads; the caller closes it. */
  StatefulRedisConnection<String, byte[]> dedicated() {
    return client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
  }

  /** Runs a command on a connection the caller holds, with the same outage handling. */
  <T> T run(String what, java.util.function.Supplier<T> command) {
    try {
      T result = command.get();
      recovered();
      return result;
    } catch (io.lettuce.core.RedisCommandExecutionException
        | io.lettuce.core.RedisCommandInterruptedException e) {
      // Redis answered (an error reply) or we were interrupted: no outage.
      throw new RedisUnavailableException("Redis at " + where + " failed to " + what, e);
    } catch (RedisException e) {
      failed(e);
      throw new RedisUnavailableException("Redis at " + where + " failed to " + what, e);
    }
  }

  /** Notes a failure; only the first of an outage is logged, without a stack trace. */
  void failed(Exception e) {
    if (!down) {
      down = true;
      LOG.warn(
          "Redis at {} is unreachable ({}): intake answers 503 until it is back; unfinished"
              + " deliveries stay queued in Redis",
          where,
          e.getMessage());
    }
  }

  private void recovered() {
    if (down) {
      down = false;
      LOG.info("Redis at {} is reachable again", where);
    }
  }

  @PreDestroy
  void close() {
    strings.close();
    bytes.close();
    client.shutdown();
  }
}
