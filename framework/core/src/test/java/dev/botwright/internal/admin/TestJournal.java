package dev.botwright.internal.admin;

import dev.botwright.spi.DeliveryJournal;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A journal held in a map, standing in for the durable one in admin API tests. */
@Singleton
@Requires(property = "botwright.test.journal", value = "true")
class TestJournal implements DeliveryJournal {

  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  final Map<String, DeliveryRecord> records = new ConcurrentHashMap<>();
  final List<String> replayed = new CopyOnWriteArrayList<>();

  TestJournal() {
    put("dead-1", DeliveryState.DEAD, 5, List.of("Greeter#greet: boom"));
    put("dead-2", DeliveryState.DEAD, 1, List.of("Greeter#greet: permanent"));
    put("done-1", DeliveryState.DONE, 1, List.of());
    put("queued-1", DeliveryState.RECEIVED, 0, List.of());
  }

  private void put(String id, DeliveryState state, int attempts, List<String> errors) {
    Instant at = T0.plusSeconds(records.size());
    records.put(
        id,
        new DeliveryRecord(
            id, "issues.opened", 42, state, attempts, at, at.plusSeconds(30), null, errors));
  }

  @Override
  public Optional<DeliveryRecord> find(String id) {
    return Optional.ofNullable(records.get(id));
  }

  @Override
  public List<DeliveryRecord> list(DeliveryState state, int limit) {
    return records.values().stream()
        .filter(r -> r.state() == state)
        .sorted(Comparator.comparing(DeliveryRecord::updatedAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public ReplayResult replay(String id) {
    DeliveryRecord record = records.get(id);
    if (record == null) {
      return ReplayResult.NOT_FOUND;
    }
    if (record.state() == DeliveryState.RECEIVED || record.state() == DeliveryState.RUNNING) {
      return ReplayResult.ALREADY_PENDING;
    }
    replayed.add(id);
    return ReplayResult.QUEUED;
  }
}
