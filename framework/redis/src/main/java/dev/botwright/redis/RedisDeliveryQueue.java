package dev.botwright.redis;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.config.WebhookConfiguration;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryJournal;
import dev.botwright.spi.DeliveryQueue;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delivery queue and journal of the Redis mode. {@link #offer} stores the delivery (body
 * included) in its own hash and appends its id to a stream in one script; when the script returns,
 * the delivery is durable in Redis and intake may answer 202. Every process reads the stream in one
 * consumer group ({@link StreamWorkers}); see {@link JournalScripts} for the keys.
 */
@Singleton
@Requires(property = RedisConfiguration.URL)
@Replaces(DeliveryQueue.class)
final class RedisDeliveryQueue implements DeliveryQueue, DeliveryJournal {

  static final List<String> STATES = List.of("RECEIVED", "RUNNING", "DONE", "FAILED", "DEAD");

  private final Redis redis;
  private final Clock clock;
  private final StreamWorkers workers;
  private final Duration dedupeWindow;
  private final EntryMac mac;

  @Inject
  RedisDeliveryQueue(
      Redis redis,
      DeliveryProcessor processor,
      DispatchConfiguration dispatch,
      WebhookConfiguration webhook) {
    this(
        redis,
        processor,
        dispatch.getWorkers(),
        RetrySettings.of(dispatch),
        Clock.systemUTC(),
        webhook.getDedupeWindow(),
        new EntryMac(redis.config().getEntryKey(), webhook::getSecrets));
  }

  RedisDeliveryQueue(
      Redis redis, DeliveryProcessor processor, int workers, RetrySettings retries, Clock clock) {
    this(
        redis,
        processor,
        workers,
        retries,
        clock,
        WebhookConfiguration.DEFAULT_DEDUPE_WINDOW,
        new EntryMac(redis.config().getEntryKey(), List::of));
  }

  RedisDeliveryQueue(
      Redis redis,
      DeliveryProcessor processor,
      int workers,
      RetrySettings retries,
      Clock clock,
      Duration dedupeWindow,
      EntryMac mac) {
    this.redis = redis;
    this.clock = clock;
    this.dedupeWindow = dedupeWindow;
    this.mac = mac;
    this.workers = new StreamWorkers(redis, this, processor, workers, retries, clock, mac);
    workers().start();
  }

  StreamWorkers workers() {
    return workers;
  }

  @Override
  public boolean offer(Delivery delivery) {
    RedisConfiguration config = redis.config();
    byte[] id = bytes(delivery.id());
    byte[] event = bytes(delivery.event());
    byte[] action = bytes(delivery.action() == null ? "" : delivery.action());
    byte[] installation = bytes(Long.toString(delivery.installationId()));
    byte[] headers = bytes(headers(delivery.headers()));
    byte[] receivedAt = bytes(Long.toString(delivery.receivedAt().toEpochMilli()));
    byte[][] args = {
      id,
      event,
      action,
      installation,
      headers,
      delivery.body(),
      receivedAt,
      bytes(Long.toString(config.getRetention().toMillis())),
      bytes(Integer.toString(config.getMaxBacklog())),
      bytes(Long.toString(Math.max(1, dedupeWindow.toMillis()))),
      mac.sign(id, event, action, installation, headers, delivery.body(), receivedAt)
    };
    Long added =
        redis.callBytes(
            "queue a delivery",
            c ->
                c.<Long>eval(
                    JournalScripts.OFFER, ScriptOutputType.INTEGER, keys(delivery.id()), args));
    return added != null && added == 1L;
  }

  /** Deliveries this process is running now (the shared backlog is in the stream). */
  @Override
  public int pending() {
    return workers.running();
  }

  @Override
  public Optional<DeliveryRecord> find(String id) {
    List<String> f =
        redis.call(
            "read a delivery",
            c ->
                c
                    .hmget(
                        hash(id),
                        "event",
                        "action",
                        "installation",
                        "state",
                        "attempts",
                        "receivedAt",
                        "updatedAt",
                        "nextAttemptAt",
                        "errors")
                    .stream()
                    .map(v -> v.getValueOrElse(null))
                    .toList());
    if (f.get(3) == null) {
      return Optional.empty();
    }
    String action = blankToNull(f.get(1));
    String eventKey = action == null ? f.get(0) : f.get(0) + "." + action;
    return Optional.of(
        new DeliveryRecord(
            id,
            eventKey,
            Long.parseLong(f.get(2)),
            DeliveryState.valueOf(f.get(3)),
            Integer.parseInt(f.get(4)),
            instant(f.get(5)),
            instant(f.get(6)),
            instant(f.get(7)),
            f.get(8) == null || f.get(8).isEmpty()
                ? List.of()
                : Arrays.asList(f.get(8).split("\n"))));
  }

  @Override
  public List<DeliveryRecord> list(DeliveryState state, int limit) {
    String index = index(state.name());
    List<String> ids = redis.call("list deliveries", c -> c.zrevrange(index, 0, limit * 2L - 1));
    List<DeliveryRecord> records = new ArrayList<>();
    for (String id : ids) {
      Optional<DeliveryRecord> record = find(id).filter(r -> r.state() == state);
      if (record.isPresent() && records.size() < limit) {
        records.add(record.get());
      } else if (record.isEmpty()) {
        // Expired with retention, or moved on since the index was read.
        redis.call("prune the index", c -> c.zrem(index, id));
      }
    }
    return records;
  }

  @Override
  public ReplayResult replay(String id) {
    String answer =
        redis.call(
            "replay a delivery",
            c ->
                c.<String>eval(
                    JournalScripts.REPLAY,
                    ScriptOutputType.STATUS,
                    keys(id),
                    id,
                    Long.toString(clock.millis()),
                    Long.toString(redis.config().getRetention().toMillis())));
    return ReplayResult.valueOf(answer);
  }

  /** The keys every journal script takes, in order. */
  String[] keys(String id) {
    List<String> keys = new ArrayList<>(List.of(hash(id), stream(), redis.key("retry")));
    STATES.forEach(s -> keys.add(index(s)));
    keys.add(RedisDeliveryStore.key(redis, id));
    return keys.toArray(String[]::new);
  }

  String stream() {
    return redis.key("stream");
  }

  private String hash(String id) {
    return redis.key("d:" + id);
  }

  private String index(String state) {
    return redis.key("state:" + state);
  }

  static String headers(Map<String, String> headers) {
    StringBuilder lines = new StringBuilder();
    headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
    return lines.toString();
  }

  static Map<String, String> headers(String lines) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : lines.split("\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        headers.put(line.substring(0, colon), line.substring(colon + 2));
      }
    }
    return headers;
  }

  static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static Instant instant(String millis) {
    return millis == null || millis.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(millis));
  }

  @PreDestroy
  void close() {
    workers.close();
  }
}
