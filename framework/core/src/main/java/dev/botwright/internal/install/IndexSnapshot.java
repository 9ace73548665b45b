package dev.botwright.internal.install;

import dev.botwright.install.IndexedInstallation;
import dev.botwright.install.IndexedRepository;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The embedded index's file format: every installation with its repositories, and the links. */
@Serdeable
record IndexSnapshot(int version, List<Entry> installations, List<Link> links) {

  static final int VERSION = 1;

  // Serde leaves empty lists out of the file, so they come back as null.
  IndexSnapshot {
    installations = installations == null ? List.of() : installations;
    links = links == null ? List.of() : links;
  }

  @Serdeable
  record Entry(IndexedInstallation installation, List<IndexedRepository> repositories) {
    Entry {
      repositories = repositories == null ? List.of() : repositories;
    }
  }

  @Serdeable
  record Link(long userId, long installationId) {}
}
