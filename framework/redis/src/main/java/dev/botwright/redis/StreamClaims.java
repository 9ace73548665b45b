package dev.botwright.redis;

import static dev.botwright.redis.RedisStorage.blankToNull;
import static dev.botwright.redis.RedisStorage.bytes;

import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import dev.botwright.spi.DeliveryStorage.Claim;
import dev.botwright.spi.DeliveryStorage.Outcome;
import dev.botwright.spi.DeliveryStorage.Runner;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns stream entries into claims and back: {@link JournalScripts#START} marks the attempt, the
 * entry's MAC is checked, and the ordering lock of its key is taken (across processes) before the
 * claim is handed to a worker; {@link JournalScripts#FINISH} records the outcome and acknowledges
 * the entry in one script.
 */
final class StreamClaims {

  private static final Logger LOG = LoggerFactory.getLogger(StreamClaims.class);

  /** The error recorded for a refused entry; visible in the admin API's dead list. */
  static final String REFUSED =
      "refused: the queue entry's MAC is missing or wrong (not written by this bot, or signed with"
          + " a key no longer configured)";

  private final Redis redis;
  private final RedisStorage storage;
  private final StreamReader reader;
  private final Clock clock;
  private final RedisConfiguration config;
  private final EntryMac mac;

  /** How an entry was claimed, for {@link #record} and {@link #release}. */
  /** The claimed entry, and the ordering lock it holds, if its delivery has an ordering key. */
  private record Handle(String entry, @Nullable String lock, String owner) {}

  StreamClaims(Redis redis, RedisStorage storage, StreamReader reader, Clock clock, EntryMac mac) {
    this.redis = redis;
    this.storage = storage;
    this.reader = reader;
    this.clock = clock;
    this.config = redis.config();
    this.mac = mac;
  }

  /** The next attempt to run; {@code null} once the reader closed. */
  @Nullable Claim claim(Runner runner) throws InterruptedException {
    while (true) {
      StreamReader.Entry entry = reader.take();
      if (entry == null) {
        return null;
      }
      Claim claim = null;
      try {
        claim = start(entry, runner);
      } catch (RedisUnavailableException e) {
        // The entry stays pending: this process (or another) takes it up after claim-timeout.
        LOG.debug("Delivery {} left pending: {}", entry.deliveryId(), e.getMessage());
      } catch (RuntimeException e) {
        LOG.error("Delivery {} could not be run; it stays pending", entry.deliveryId(), e);
      } finally {
        if (claim == null) {
          reader.running.remove(entry.id());
        }
      }
      if (claim != null) {
        return claim;
      }
    }
  }

  private @Nullable Claim start(StreamReader.Entry entry, Runner runner) {
    String deliveryId = entry.deliveryId();
    if (!mac.hasKeys()) {
      // A process still waiting in setup mode: another one, with the key, takes the entry over.
      LOG.warn(
          "Redis queue entry {} left pending: this process has no key to check it (set"
              + " botwright.redis.entry-key or the webhook secret)",
          entry.id());
      return null;
    }
    List<byte[]> f = startAttempt(deliveryId);
    if (f == null) {
      finish(entry.id(), deliveryId, "DONE", "", "", "", true);
      return null;
    }
    if (!authentic(deliveryId, f)) {
      LOG.warn(
          "Refused Redis queue entry {}: its MAC is missing or wrong, so it was not written by"
              + " this bot (or was signed with a botwright.redis.entry-key no longer configured);"
              + " it is marked dead and will not run ({} refused since start)",
          entry.id(),
          reader.refusedOne());
      finish(entry.id(), deliveryId, "DEAD", REFUSED, "", "", false);
      return null;
    }
    Delivery delivery =
        new Delivery(
            deliveryId,
            text(f.get(0)),
            blankToNull(text(f.get(1))),
            Long.parseLong(text(f.get(2))),
            RedisStorage.headers(text(f.get(3))),
            f.get(4),
            Instant.ofEpochMilli(Long.parseLong(text(f.get(5)))));
    int number = Integer.parseInt(text(f.get(6)));
    String handlers = text(f.get(7));
    Optional<String> orderingKey = runner.orderingKey(delivery);
    String lock = null;
    String owner = UUID.randomUUID().toString();
    if (orderingKey.isPresent()) {
      lock = redis.key("order:" + orderingKey.get());
      lockOrdering(lock, owner);
    }
    return new Claim(
        delivery,
        number,
        handlers.isEmpty() ? Set.of() : Set.of(handlers.split(",")),
        new Handle(entry.id(), lock, owner));
  }

  /** Records the outcome, acknowledges the entry and releases its ordering lock. */
  void record(Claim claim, Outcome outcome) {
    Handle handle = (Handle) claim.handle();
    try {
      String errors =
          String.join(
              "\n",
              outcome.errors().stream().map(e -> e.replace('\n', ' ').replace('\r', ' ')).toList());
      String next =
          outcome.nextAttemptAt() == null
              ? ""
              : Long.toString(outcome.nextAttemptAt().toEpochMilli());
      String handlers =
          outcome.state() == DeliveryState.FAILED ? String.join(",", outcome.handlers()) : "";
      finish(
          handle.entry(),
          claim.delivery().id(),
          outcome.state().name(),
          errors,
          handlers,
          next,
          false);
    } finally {
      release(claim);
    }
  }

  /** Gives the claim up: the entry stays pending, for a take-over after claim-timeout. */
  void release(Claim claim) {
    Handle handle = (Handle) claim.handle();
    String lock = handle.lock();
    if (lock != null && reader.orderLocks.remove(lock, handle.owner())) {
      try {
        redis.call(
            "release an ordering lock",
            c ->
                c.<Long>eval(
                    JournalScripts.RELEASE,
                    ScriptOutputType.INTEGER,
                    new String[] {lock},
                    handle.owner()));
      } catch (RedisUnavailableException e) {
        // It expires after claim-timeout.
      }
    }
    reader.running.remove(handle.entry());
  }

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

  private @Nullable List<byte[]> startAttempt(String deliveryId) {
    List<byte[]> fields =
        redis.callBytes(
            "start an attempt",
            c ->
                c.<List<byte[]>>eval(
                    JournalScripts.START,
                    ScriptOutputType.MULTI,
                    storage.keys(deliveryId),
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
    int index = 4 + RedisStorage.STATES.indexOf(state);
    redis.call(
        "record an attempt",
        c ->
            c.<Long>eval(
                JournalScripts.FINISH,
                ScriptOutputType.INTEGER,
                gone
                    ? new String[] {
                      redis.key("gone"), storage.stream(), redis.key("retry"), "", "", "", "", ""
                    }
                    : storage.keys(deliveryId),
                deliveryId,
                Long.toString(clock.millis()),
                Long.toString(config.getRetention().toMillis()),
                StreamReader.GROUP,
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
  private void lockOrdering(String lock, String owner) {
    long px = config.getClaimTimeout().toMillis();
    while (!"OK"
        .equals(
            redis.call(
                "take an ordering lock", c -> c.set(lock, owner, SetArgs.Builder.nx().px(px))))) {
      if (reader.isClosed()) {
        throw new RedisUnavailableException("shutting down", null);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RedisUnavailableException("interrupted while waiting for an ordering lock", e);
      }
    }
    reader.orderLocks.put(lock, owner);
  }

  private static String text(byte[] value) {
    return value == null ? "" : new String(value, StandardCharsets.UTF_8);
  }
}
