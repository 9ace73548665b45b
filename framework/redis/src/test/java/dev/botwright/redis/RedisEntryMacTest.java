package dev.botwright.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.botwright.internal.dispatch.DeliveryProcessor.AttemptResult;
import dev.botwright.internal.queue.TestRunner;
import dev.botwright.redis.RedisStreamTest.Recorder;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Someone with write access to Redis but not the bot's key pushes deliveries straight into the
 * queue: none of them reaches a handler, each is logged by its stream entry id and counted, and the
 * bot's own deliveries still run.
 */
class RedisEntryMacTest {

  @RegisterExtension static final SharedRedis SERVER = new SharedRedis();
  private RedisConfiguration config;
  private Redis redis;
  private TestRunner queue;
  private final Recorder handlers = new Recorder((d, a) -> AttemptResult.SUCCEEDED);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final List<Logger> loggers =
      List.of(
          (Logger) LoggerFactory.getLogger(StreamClaims.class),
          (Logger) LoggerFactory.getLogger(StreamReader.class));

  @BeforeEach
  void start(org.junit.jupiter.api.TestInfo info) {
    config = SERVER.config(info, "");
    log.start();
    loggers.forEach(l -> l.addAppender(log));
    redis = Connect.process(config);
    queue = RedisStreamTest.runner(redis, handlers, 2, d -> Optional.empty());
    queue.start();
  }

  @AfterEach
  void stop() {
    queue.close();
    redis.close();
    loggers.forEach(l -> l.detachAppender(log));
  }

  @Test
  void entriesPushedWithoutTheKeyNeverReachAHandler() {
    // The bot's own delivery, whose stored fields (and MAC) the attacker can read and copy.
    queue.offer(RedisStreamTest.delivery("genuine"));
    await().until(() -> state("genuine") == DeliveryState.DONE);

    List<String> entries;
    try (Attacker attacker = new Attacker(config)) {
      Map<String, byte[]> genuine = attacker.read("genuine");
      // 1. No MAC at all.
      Map<String, byte[]> unsigned = new LinkedHashMap<>(genuine);
      unsigned.remove("mac");
      unsigned.put("body", utf8("{\"action\":\"opened\",\"injected\":true}"));
      // 2. The genuine MAC on an altered body.
      Map<String, byte[]> altered = new LinkedHashMap<>(genuine);
      altered.put("body", utf8("{\"action\":\"opened\",\"injected\":true}"));
      // 3. A made-up MAC.
      Map<String, byte[]> forged = new LinkedHashMap<>(unsigned);
      forged.put("mac", new byte[32]);
      entries =
          List.of(
              attacker.push("evil-unsigned", unsigned),
              attacker.push("evil-altered", altered),
              attacker.push("evil-forged", forged),
              attacker.pushWithoutId());
    }

    await().until(() -> ((RedisStorage) queue.storage).reader().refused() == 4);
    assertThat(handlers.runs).extracting(r -> r.delivery().id()).containsExactly("genuine");
    for (String id : List.of("evil-unsigned", "evil-altered", "evil-forged")) {
      await().until(() -> state(id) == DeliveryState.DEAD);
      assertThat(queue.find(id).orElseThrow().errors()).containsExactly(StreamClaims.REFUSED);
    }
    List<String> warnings =
        log.list.stream()
            .filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
            .map(ILoggingEvent::getFormattedMessage)
            .map(w -> w.replaceAll("\\(\\d+ refused since start\\)", "(N refused since start)"))
            .toList();
    assertThat(warnings)
        .contains(
            "Refused Redis queue entry "
                + entries.get(0)
                + ": its MAC is missing or wrong, so it was not written by this bot (or was signed"
                + " with a botwright.redis.entry-key no longer configured); it is marked dead and"
                + " will not run (N refused since start)")
        .anyMatch(w -> w.startsWith("Refused Redis queue entry " + entries.get(1) + ": its MAC"))
        .anyMatch(w -> w.startsWith("Refused Redis queue entry " + entries.get(2) + ": its MAC"))
        .anyMatch(
            w ->
                w.startsWith(
                    "Refused Redis queue entry "
                        + entries.get(3)
                        + ": it names no delivery, so it was not written by this bot; it is"
                        + " deleted"))
        .noneMatch(w -> w.contains("injected"));
    // Replaying a refused delivery from the admin API refuses it again.
    queue.replay("evil-altered");
    await().until(() -> ((RedisStorage) queue.storage).reader().refused() == 5);
    assertThat(handlers.runs).hasSize(1);

    // The bot's own deliveries still run.
    queue.offer(RedisStreamTest.delivery("after"));
    await().until(() -> state("after") == DeliveryState.DONE);
    assertThat(handlers.runs)
        .extracting(r -> r.delivery().id())
        .containsExactly("genuine", "after");
  }

  @Test
  void anotherKeyIsRefusedAndARotatedRingStillVerifiesTheOldOne() {
    Redis other = Connect.process(config);
    RedisStorage foreign =
        new RedisStorage(
            other,
            Clock.systemUTC(),
            java.time.Duration.ofMinutes(5),
            new EntryMac(List.of("some other key"), List::of));
    try {
      // Signed, but with a key this bot does not hold: refused by whichever process runs it.
      // Never started: it only appends, as intake does.
      foreign.append(RedisStreamTest.delivery("other-key"), Optional.empty());
      await().until(() -> state("other-key") == DeliveryState.DEAD);
      assertThat(handlers.runs).isEmpty();
    } finally {
      foreign.close();
      other.close();
    }

    EntryMac old = new EntryMac(List.of("old"), List::of);
    EntryMac rotated = new EntryMac(List.of("new", "old"), List::of);
    byte[] mac = old.sign(utf8("id"), utf8("body"));
    assertThat(rotated.verify(mac, utf8("id"), utf8("body"))).isTrue();
    assertThat(old.verify(rotated.sign(utf8("id"), utf8("body")), utf8("id"), utf8("body")))
        .isFalse();
    // Fields are length-prefixed: moving a byte from one field to the next changes the MAC.
    assertThat(rotated.verify(mac, utf8("i"), utf8("dbody"))).isFalse();
    // Without entry-key, the key follows the webhook secret.
    EntryMac fromSecret = new EntryMac(List.of(), () -> List.of("webhook-secret"));
    assertThat(
            new EntryMac(List.of(), () -> List.of("webhook-secret"))
                .verify(fromSecret.sign(utf8("x")), utf8("x")))
        .isTrue();
    assertThat(
            new EntryMac(List.of(), () -> List.of("another"))
                .verify(fromSecret.sign(utf8("x")), utf8("x")))
        .isFalse();
  }

  private DeliveryState state(String id) {
    return queue.find(id).map(r -> r.state()).orElse(null);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A raw Redis client, as anyone with the Redis URL has: no Botwright code involved. */
  static final class Attacker implements AutoCloseable {
    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final RedisCommands<String, byte[]> redis;
    private final String prefix;

    Attacker(RedisConfiguration config) {
      this(config.getUrl(), config.getKeyPrefix());
    }

    Attacker(String url, String prefix) {
      client = RedisClient.create(url);
      connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
      redis = connection.sync();
      this.prefix = prefix;
    }

    Map<String, byte[]> read(String id) {
      return redis.hgetall(prefix + "d:" + id);
    }

    /** Writes a delivery hash and queues it; returns the stream entry's id. */
    String push(String id, Map<String, byte[]> fields) {
      Map<String, byte[]> hash = new LinkedHashMap<>(fields);
      hash.put("state", utf8("RECEIVED"));
      hash.put("attempts", utf8("0"));
      redis.hset(prefix + "d:" + id, hash);
      return redis.xadd(prefix + "stream", Map.of("id", utf8(id)));
    }

    String pushWithoutId() {
      return redis.xadd(prefix + "stream", Map.of("event", utf8("issues")));
    }

    @Override
    public void close() {
      connection.close();
      client.shutdown();
    }
  }
}
