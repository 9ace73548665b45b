package dev.botwright.internal.journal;

import dev.botwright.internal.metrics.BotwrightMetrics;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Shows the journal's size on disk as {@code botwright_journal_bytes} once the server runs; read at
 * each scrape. A size that cannot be read (a segment compacted away mid-count) shows as -1 for that
 * scrape.
 */
@Singleton
@Requires(beans = JournalStorage.class)
final class JournalGauge implements ApplicationEventListener<ServerStartupEvent> {

  private final JournalStorage journal;
  private final BotwrightMetrics metrics;

  JournalGauge(JournalStorage journal, BotwrightMetrics metrics) {
    this.journal = journal;
    this.metrics = metrics;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    metrics.journalBytes(this::bytes);
  }

  private long bytes() {
    try {
      return journal.diskBytes();
    } catch (IOException e) {
      return -1;
    }
  }
}
