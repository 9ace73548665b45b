package dev.botwright.redis;

import dev.botwright.config.WebhookConfiguration;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryStorage;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
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
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery storage and journal of the Redis mode. {@link #append} stores the delivery (body
 * included) in its own hash and appends its id to a stream in one script; when the script returns,
 * the delivery is durable in Redis and intake may answer 202. Every process reads the stream in one
 * consumer group ({@link StreamReader}) and claims what it read ({@link StreamClaims}); see {@link
 * JournalScripts} for the keys.
 */
@Singleton
@Requires(property = RedisConfiguration.URL)
@Replaces(DeliveryStorage.class)
final class RedisStorage implements DeliveryStorage {

  private static final Logger LOG = LoggerFactory.getLogger(RedisStorage.class);

  static final List<String> STATES = List.of("RECEIVED", "RUNNING", "DONE", "FAILED", "DEAD");

  private final Redis redis;
  private final Clock clock;
  private final Duration dedupeWindow;
  private final EntryMac mac;
  private final StreamReader reader;
  private final StreamClaims claims;

  /** Set by {@link #start}; null before. */
  private volatile @Nullable Runner runner;

  private volatile boolean stopped;

  @Inject
  RedisStorage(Redis redis, WebhookConfiguration webhook) {
    this(
        redis,
        Clock.systemUTC(),
        webhook.getDedupeWindow(),
        new EntryMac(redis.config().getEntryKey(), webhook::getSecrets));
  }

  RedisStorage(Redis redis, Clock clock) {
    this(
        redis,
        clock,
        WebhookConfiguration.DEFAULT_DEDUPE_WINDOW,
        new EntryMac(redis.config().getEntryKey(), List::of));
  }

  RedisStorage(Redis redis, Clock clock, Duration dedupeWindow, EntryMac mac) {
    this.redis = redis;
    this.clock = clock;
    this.dedupeWindow = dedupeWindow;
    this.mac = mac;
    this.reader = new StreamReader(redis, stream(), clock);
    this.claims = new StreamClaims(redis, this, reader, clock, mac);
  }

  /** This process's reader of the stream. */
  StreamReader reader() {
    return reader;
  }

  @Override
  public int start(Runner runner) {
    this.runner = runner;
    reader.start();
    // Work arrives from every process: the runner starts all its workers.
    return Integer.MAX_VALUE;
  }

  @Override
  public @Nullable Claim claim() throws InterruptedException {
    Runner started = runner;
    if (started == null) {
      throw new IllegalStateException(
          "claim() before start(): the runner starts the storage first");
    }
    return claims.claim(started);
  }

  @Override
  public void record(Claim claim, Outcome outcome) {
    claims.record(claim, outcome);
  }

  @Override
  public void release(Claim claim) {
    claims.release(claim);
  }

  @Override
  public void stop() {
    stopped = true;
    reader.close();
  }

  /** Running handlers had their time; what is left stays pending in Redis for another process. */
  @Override
  public void close() {
    stop();
    int running = reader.running.size();
    if (running > 0) {
      LOG.warn(
          "{} deliveries still running at shutdown stay pending in Redis; another process takes"
              + " them over after {}",
          running,
          redis.config().getClaimTimeout());
    }
  }

  @Override
  public boolean append(Delivery delivery, Optional<String> orderingKey) {
    if (stopped) {
      return false;
    }
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
    return reader.running.size();
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
            // The append script writes receivedAt and updatedAt with the state (checked above).
            Objects.requireNonNull(instant(f.get(5))),
            Objects.requireNonNull(instant(f.get(6))),
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

  @Override
  public Optional<Delivery> delivery(String id) {
    List<byte[]> f =
        redis.callBytes(
            "read a delivery's payload",
            c ->
                c
                    .hmget(
                        hash(id),
                        "event",
                        "action",
                        "installation",
                        "headers",
                        "body",
                        "receivedAt")
                    .stream()
                    .map(v -> v.getValueOrElse(null))
                    .toList());
    if (f.stream().anyMatch(Objects::isNull)) {
      return Optional.empty();
    }
    return Optional.of(
        new Delivery(
            id,
            string(f.get(0)),
            blankToNull(string(f.get(1))),
            Long.parseLong(string(f.get(2))),
            headers(string(f.get(3))),
            f.get(4),
            Instant.ofEpochMilli(Long.parseLong(string(f.get(5))))));
  }

  private static String string(byte[] value) {
    return new String(value, StandardCharsets.UTF_8);
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

  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static @Nullable Instant instant(@Nullable String millis) {
    return millis == null || millis.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(millis));
  }
}
