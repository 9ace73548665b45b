package dev.botwright.redis;

import static dev.botwright.redis.RedisDeliveryQueue.blankToNull;
import static dev.botwright.redis.RedisDeliveryQueue.bytes;

import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryQueue.Attempt;
import dev.botwright.spi.DeliveryQueue.AttemptResult;
import dev.botwright.spi.DeliveryQueue.DeliveryProcessor;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's consumer in the stream's group: one reader thread reads (blocking, on its own
 * connection) only as many entries as it has free workers, and once per tick queues due retries,
 * keeps its running entries fresh and claims entries another consumer left idle for longer than
 * {@code claim-timeout} (it crashed). Each entry is acknowledged in the same script that records
 * the attempt's outcome.
 */
final class StreamWorkers {

  private static final Logger LOG = LoggerFactory.getLogger(StreamWorkers.class);
  static final String GROUP = "workers";

  private final Redis redis;
  private final RedisDeliveryQueue queue;
  private final DeliveryProcessor processor;
  private final Clock clock;
  private final RedisConfiguration config;
  private final RetrySettings retries;
  private final EntryMac mac;
  private final AtomicLong refused = new AtomicLong();
  private final String consumer = UUID.randomUUID().toString();
  private final Semaphore free;
  private final ExecutorService pool;
  private final Thread reader;
  private final Map<String, String> running = new ConcurrentHashMap<>();
  private final Map<String, String> orderLocks = new ConcurrentHashMap<>();
  private final AtomicInteger threads = new AtomicInteger();
  private volatile boolean closed;

  StreamWorkers(
      Redis redis,
      RedisDeliveryQueue queue,
      DeliveryProcessor processor,
      int workers,
      RetrySettings retries,
      Clock clock,
      EntryMac mac) {
    this.retries = retries;
    this.mac = mac;
    this.redis = redis;
    this.queue = queue;
    this.processor = processor;
    this.clock = clock;
    this.config = redis.config();
    this.free = new Semaphore(workers);
    this.pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "botwright-redis-worker-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.reader = new Thread(this::read, "botwright-redis-reader");
    reader.setDaemon(true);
  }

  void start() {
    ensureGroup();
    reader.start();
  }

  int running() {
    return running.size();
  }

  /** This consumer's name in the group. */
  String consumer() {
    return consumer;
  }

  private void ensureGroup() {
    try {
      redis.call(
          "create the consumer group",
          c ->
              c.xgroupCreate(
                  XReadArgs.StreamOffset.from(queue.stream(), "0"),
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
        if (!free.tryAcquire(block, TimeUnit.MILLISECONDS)) {
          continue;
        }
        int slots = 1 + free.drainPermits();
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
                              XReadArgs.StreamOffset.lastConsumed(queue.stream())));
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

  /** Hands messages to workers; gives back the slots it did not use. */
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
      pool.execute(() -> run(message.getId(), deliveryId));
    }
    free.release(slots - used);
  }

  /** Acknowledges and deletes an entry that names no delivery: nothing this bot ever wrote. */
  private void discard(String entry) {
    long count = refused.incrementAndGet();
    LOG.warn(
        "Refused Redis queue entry {}: it names no delivery, so it was not written by this bot;"
            + " it is deleted ({} refused since start)",
        entry,
        count);
    try {
      redis.call("drop a foreign entry", c -> c.xack(queue.stream(), GROUP, entry));
      redis.call("drop a foreign entry", c -> c.xdel(queue.stream(), entry));
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
                new String[] {redis.key("retry"), queue.stream()},
                Long.toString(clock.millis()),
                "100"));
    if (!running.isEmpty()) {
      String[] ids = running.keySet().toArray(String[]::new);
      // Claiming our own entries resets their idle time, so nobody takes them over.
      redis.call(
          "keep running entries",
          c ->
              c.xclaim(
                  queue.stream(),
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
    int slots = free.drainPermits();
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
                              queue.stream(),
                              XAutoClaimArgs.Builder.xautoclaim(
                                      Consumer.from(GROUP, consumer),
                                      config.getClaimTimeout(),
                                      "0-0")
                                  .count(slots))));
    } finally {
      if (claimed == null) {
        free.release(slots);
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

  private void run(String entry, String deliveryId) {
    String lock = null;
    String owner = UUID.randomUUID().toString();
    try {
      if (!mac.hasKeys()) {
        // A process still waiting in setup mode: another one, with the key, takes the entry over.
        LOG.warn(
            "Redis queue entry {} left pending: this process has no key to check it (set"
                + " botwright.redis.entry-key or the webhook secret)",
            entry);
        return;
      }
      List<byte[]> f = start(deliveryId);
      if (f == null) {
        finish(entry, deliveryId, "DONE", "", "", "", true);
        return;
      }
      if (!authentic(deliveryId, f)) {
        long count = refused.incrementAndGet();
        LOG.warn(
            "Refused Redis queue entry {}: its MAC is missing or wrong, so it was not written by"
                + " this bot (or was signed with a botwright.redis.entry-key no longer configured);"
                + " it is marked dead and will not run ({} refused since start)",
            entry,
            count);
        finish(entry, deliveryId, "DEAD", REFUSED, "", "", false);
        return;
      }
      Delivery delivery =
          new Delivery(
              deliveryId,
              text(f.get(0)),
              blankToNull(text(f.get(1))),
              Long.parseLong(text(f.get(2))),
              RedisDeliveryQueue.headers(text(f.get(3))),
              f.get(4),
              Instant.ofEpochMilli(Long.parseLong(text(f.get(5)))));
      int number = Integer.parseInt(text(f.get(6)));
      String handlers = text(f.get(7));
      Optional<String> orderingKey = processor.orderingKey(delivery);
      if (orderingKey.isPresent()) {
        lock = redis.key("order:" + orderingKey.get());
        lockOrdering(lock, owner);
      }
      Attempt attempt =
          new Attempt(
              number,
              handlers.isEmpty() ? Set.of() : Set.of(handlers.split(",")),
              number >= retries.maxAttempts());
      AttemptResult result = processor.process(delivery, attempt);
      if (result.succeeded()) {
        finish(entry, deliveryId, "DONE", "", "", "", false);
      } else {
        String errors = errors(result);
        String failed = String.join(",", result.failedHandlers());
        if (result.permanent() || attempt.last()) {
          finish(entry, deliveryId, "DEAD", errors, failed, "", false);
        } else {
          long next = clock.millis() + retries.backoff(number).toMillis();
          finish(entry, deliveryId, "FAILED", errors, failed, Long.toString(next), false);
        }
      }
    } catch (RedisUnavailableException e) {
      // The entry stays pending: this process (or another) takes it up again after claim-timeout.
      LOG.debug("Delivery {} left pending: {}", deliveryId, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("Delivery {} could not be run; it stays pending", deliveryId, e);
    } finally {
      if (lock != null) {
        orderLocks.remove(lock);
        release(lock, owner);
      }
      running.remove(entry);
      free.release();
    }
  }

  /** The error recorded for a refused entry; visible in the admin API's dead list. */
  static final String REFUSED =
      "refused: the queue entry's MAC is missing or wrong (not written by this bot, or signed with"
          + " a key no longer configured)";

  /** Whether the fields START returned carry a valid MAC (the last one). */
  private boolean authentic(String deliveryId, List<byte[]> f) {
    return f.size() >= 9
        && mac.verify(
            f.get(8),
            bytes(deliveryId),
            f.get(0),
            f.get(1),
            f.get(2),
            f.get(3),
            f.get(4),
            f.get(5));
  }

  /** Queue entries refused for a missing or wrong MAC since this process started. */
  long refused() {
    return refused.get();
  }

  private List<byte[]> start(String deliveryId) {
    List<byte[]> fields =
        redis.callBytes(
            "start an attempt",
            c ->
                c.<List<byte[]>>eval(
                    JournalScripts.START,
                    ScriptOutputType.MULTI,
                    queue.keys(deliveryId),
                    bytes(deliveryId),
                    bytes(Long.toString(clock.millis())),
                    bytes(Long.toString(config.getRetention().toMillis()))));
    return fields == null || fields.isEmpty() ? null : fields;
  }

  private void finish(
      String entry,
      String deliveryId,
      String state,
      String errors,
      String handlers,
      String next,
      boolean gone) {
    int index = 4 + RedisDeliveryQueue.STATES.indexOf(state);
    redis.call(
        "record an attempt",
        c ->
            c.<Long>eval(
                JournalScripts.FINISH,
                ScriptOutputType.INTEGER,
                gone
                    ? new String[] {
                      redis.key("gone"), queue.stream(), redis.key("retry"), "", "", "", "", ""
                    }
                    : queue.keys(deliveryId),
                deliveryId,
                Long.toString(clock.millis()),
                Long.toString(config.getRetention().toMillis()),
                GROUP,
                entry,
                state,
                Integer.toString(index),
                errors,
                handlers,
                next));
  }

  /**
   * Waits for the ordering lock. Entries are read in stream order, so deliveries with one key run
   * in stream order unless two waiters race for a released lock.
   */
  private void lockOrdering(String lock, String owner) throws RedisUnavailableException {
    long px = config.getClaimTimeout().toMillis();
    while (!"OK"
        .equals(
            redis.call(
                "take an ordering lock", c -> c.set(lock, owner, SetArgs.Builder.nx().px(px))))) {
      if (closed) {
        throw new RedisUnavailableException("shutting down", null);
      }
      pauseBriefly();
    }
    orderLocks.put(lock, owner);
  }

  private void release(String lock, String owner) {
    try {
      redis.call(
          "release an ordering lock",
          c ->
              c.<Long>eval(
                  JournalScripts.RELEASE, ScriptOutputType.INTEGER, new String[] {lock}, owner));
    } catch (RedisUnavailableException e) {
      // It expires after claim-timeout.
    }
  }

  private static String errors(AttemptResult result) {
    return result
        .failure()
        .map(
            f ->
                String.join(
                    "\n",
                    f.failures().stream()
                        .map(h -> h.handler() + ": " + oneLine(h.error()))
                        .toList()))
        .orElse("failed: " + String.join(",", result.failedHandlers()));
  }

  private static String oneLine(Throwable error) {
    String message = error.getMessage();
    String text = error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  private static String text(byte[] value) {
    return value == null ? "" : new String(value, StandardCharsets.UTF_8);
  }

  private void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  private static void pauseBriefly() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RedisUnavailableException("interrupted while waiting for an ordering lock", e);
    }
  }

  /** Stops reading; running handlers get a while to finish, the rest stays pending in Redis. */
  void close() {
    closed = true;
    reader.interrupt();
    pool.shutdown();
    try {
      reader.join(5_000);
      if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn(
            "{} deliveries still running at shutdown stay pending in Redis; another process takes"
                + " them over after {}",
            running.size(),
            config.getClaimTimeout());
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** For tests: the ids of deliveries this consumer is running. */
  List<String> runningIds() {
    return List.copyOf(running.values());
  }
}
