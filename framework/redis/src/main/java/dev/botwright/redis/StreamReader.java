package dev.botwright.redis;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's consumer in the stream's group: one reader thread reads (blocking, on its own
 * connection) only as many entries as workers wait for in {@link StreamClaims#claim}, and once per
 * tick queues due retries, keeps its running entries and ordering locks fresh and claims entries
 * another consumer left idle for longer than {@code claim-timeout} (it crashed).
 */
final class StreamReader {

  private static final Logger LOG = LoggerFactory.getLogger(StreamReader.class);
  static final String GROUP = "workers";

  /** An entry read for a worker. */
  record Entry(String id, String deliveryId) {}

  private final Redis redis;
  private final String stream;
  private final Clock clock;
  private final RedisConfiguration config;
  private final AtomicLong refused = new AtomicLong();
  private final String consumer = UUID.randomUUID().toString();

  /** Workers waiting in {@link StreamClaims#claim} for an entry not read yet. */
  private final Semaphore wanted = new Semaphore(0);

  private final BlockingQueue<Entry> ready = new LinkedBlockingQueue<>();
  private final Thread reader;

  /** Entries read by this consumer and not yet acknowledged or given up: stream id to delivery. */
  final Map<String, String> running = new ConcurrentHashMap<>();

  /** Ordering locks this consumer holds: lock key to owner token. */
  final Map<String, String> orderLocks = new ConcurrentHashMap<>();

  private volatile boolean closed;

  StreamReader(Redis redis, String stream, Clock clock) {
    this.redis = redis;
    this.stream = stream;
    this.clock = clock;
    this.config = redis.config();
    this.reader = new Thread(this::read, "botwright-redis-reader");
    reader.setDaemon(true);
  }

  void start() {
    ensureGroup();
    reader.start();
  }

  /** The next entry for a worker, waiting for one; {@code null} once closed. */
  @Nullable Entry take() throws InterruptedException {
    wanted.release();
    while (!closed) {
      Entry entry = ready.poll(200, TimeUnit.MILLISECONDS);
      if (entry != null) {
        return entry;
      }
    }
    return null;
  }

  /** This consumer's name in the group. */
  String consumer() {
    return consumer;
  }

  /** Counts an entry refused as not written by this bot; returns how many since start. */
  long refusedOne() {
    return refused.incrementAndGet();
  }

  /** Queue entries refused since this process started. */
  long refused() {
    return refused.get();
  }

  boolean isClosed() {
    return closed;
  }

  private void ensureGroup() {
    try {
      redis.call(
          "create the consumer group",
          c ->
              c.xgroupCreate(
                  XReadArgs.StreamOffset.from(stream, "0"),
                  GROUP,
                  XGroupCreateArgs.Builder.mkstream()));
    } catch (RedisUnavailableException e) {
      if (!(e.getCause() instanceof RedisBusyException)) {
        LOG.debug("Consumer group not created yet: {}", e.getMessage());
      }
    }
  }

  private void read() {
    long block = Math.max(10, Math.min(1000, config.getCommandTimeout().toMillis() / 2));
    Duration tick =
        Duration.ofMillis(Math.max(50, Math.min(1000, config.getClaimTimeout().toMillis() / 3)));
    long nextTick = 0;
    StatefulRedisConnection<String, byte[]> connection = null;
    while (!closed) {
      try {
        if (connection == null) {
          connection = redis.dedicated();
        }
        if (System.nanoTime() - nextTick >= 0) {
          maintain();
          nextTick = System.nanoTime() + tick.toNanos();
        }
        if (!wanted.tryAcquire(block, TimeUnit.MILLISECONDS)) {
          continue;
        }
        int slots = 1 + wanted.drainPermits();
        StatefulRedisConnection<String, byte[]> c = connection;
        List<StreamMessage<String, byte[]>> messages = List.of();
        try {
          messages =
              redis.run(
                  "read the stream",
                  () ->
                      c.sync()
                          .xreadgroup(
                              Consumer.from(GROUP, consumer),
                              XReadArgs.Builder.block(block).count(slots),
                              XReadArgs.StreamOffset.lastConsumed(stream)));
        } finally {
          // Slots not handed to a worker go back, also when the read failed.
          dispatch(messages, slots);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RedisUnavailableException | RedisException e) {
        if (closed) {
          break;
        }
        if (String.valueOf(e.getCause() == null ? e : e.getCause()).contains("NOGROUP")) {
          // Redis lost its data (restarted without persistence): start a fresh group.
          ensureGroup();
        } else {
          redis.failed(e);
          pause();
        }
      } catch (RuntimeException e) {
        LOG.error("The Redis stream reader failed; it goes on", e);
        pause();
      }
    }
    if (connection != null) {
      connection.close();
    }
  }

  /** Hands messages to waiting workers; gives back the slots it did not use. */
  private void dispatch(List<StreamMessage<String, byte[]>> messages, int slots) {
    int used = 0;
    for (StreamMessage<String, byte[]> message : messages) {
      byte[] id = message.getBody().get("id");
      if (id == null) {
        discard(message.getId());
        continue;
      }
      used++;
      String deliveryId = new String(id, StandardCharsets.UTF_8);
      running.put(message.getId(), deliveryId);
      ready.add(new Entry(message.getId(), deliveryId));
    }
    wanted.release(slots - used);
  }

  /** Acknowledges and deletes an entry that names no delivery: nothing this bot ever wrote. */
  private void discard(String entry) {
    long count = refusedOne();
    LOG.warn(
        "Refused Redis queue entry {}: it names no delivery, so it was not written by this bot;"
            + " it is deleted ({} refused since start)",
        entry,
        count);
    try {
      redis.call("drop a foreign entry", c -> c.xack(stream, GROUP, entry));
      redis.call("drop a foreign entry", c -> c.xdel(stream, entry));
    } catch (RedisUnavailableException e) {
      // It is read again after claim-timeout and dropped then.
    }
  }

  private void maintain() {
    redis.call(
        "queue due retries",
        c ->
            c.<Long>eval(
                JournalScripts.DUE,
                ScriptOutputType.INTEGER,
                new String[] {redis.key("retry"), stream},
                Long.toString(clock.millis()),
                "100"));
    if (!running.isEmpty()) {
      String[] ids = running.keySet().toArray(String[]::new);
      // Claiming our own entries resets their idle time, so nobody takes them over.
      redis.call(
          "keep running entries",
          c ->
              c.xclaim(
                  stream,
                  Consumer.from(GROUP, consumer),
                  XClaimArgs.Builder.justid().minIdleTime(0),
                  ids));
      orderLocks.forEach(
          (lock, owner) ->
              redis.call(
                  "renew an ordering lock",
                  c ->
                      c.<Long>eval(
                          JournalScripts.RENEW,
                          ScriptOutputType.INTEGER,
                          new String[] {lock},
                          owner,
                          Long.toString(config.getClaimTimeout().toMillis()))));
    }
    int slots = wanted.drainPermits();
    if (slots == 0) {
      return;
    }
    io.lettuce.core.models.stream.ClaimedMessages<String, byte[]> claimed = null;
    try {
      claimed =
          redis.run(
              "claim abandoned entries",
              () ->
                  redis.callBytes(
                      "claim abandoned entries",
                      c ->
                          c.xautoclaim(
                              stream,
                              XAutoClaimArgs.Builder.xautoclaim(
                                      Consumer.from(GROUP, consumer),
                                      config.getClaimTimeout(),
                                      "0-0")
                                  .count(slots))));
    } finally {
      if (claimed == null) {
        wanted.release(slots);
      }
    }
    if (!claimed.getMessages().isEmpty()) {
      LOG.info(
          "Took over {} deliveries another process left unfinished for {}",
          claimed.getMessages().size(),
          config.getClaimTimeout());
    }
    dispatch(claimed.getMessages(), slots);
  }

  private void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  /** Stops reading. */
  void close() {
    closed = true;
    reader.interrupt();
    try {
      reader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
