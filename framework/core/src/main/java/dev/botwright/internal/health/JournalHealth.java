package dev.botwright.internal.health;

import dev.botwright.config.HealthConfiguration;
import dev.botwright.config.JournalConfiguration;
import dev.botwright.internal.journal.JournalStorage;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readiness: the journal's directory takes a new file, and its file system has more than {@code
 * botwright.health.journal-min-free-bytes} free. Either failing means the next accepted delivery
 * could not be written before its 202. Runs on Micronaut's blocking executor.
 */
@Singleton
@Requires(beans = JournalStorage.class)
final class JournalHealth extends AbstractHealthIndicator<Map<String, Object>> {

  static final String NAME = "botwright.journal";

  private final Path dir;
  private final long minFree;

  JournalHealth(JournalConfiguration journal, HealthConfiguration health) {
    this.dir = journal.path();
    this.minFree = health.getJournalMinFreeBytes();
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("minFreeBytes", minFree);
    try {
      Files.delete(Files.createTempFile(dir, ".health-", ".tmp"));
      long free = Files.getFileStore(dir).getUsableSpace();
      details.put("freeBytes", free);
      if (free < minFree) {
        details.put("error", "less free space than botwright.health.journal-min-free-bytes");
        healthStatus = HealthStatus.DOWN;
      } else {
        healthStatus = HealthStatus.UP;
      }
    } catch (IOException | SecurityException e) {
      details.put("error", "the journal's directory takes no new file: " + e);
      healthStatus = HealthStatus.DOWN;
    }
    return details;
  }

  @Override
  protected String getName() {
    return NAME;
  }
}
