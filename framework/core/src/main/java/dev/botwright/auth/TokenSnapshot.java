package dev.botwright.auth;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The persisted token file: each entry's token value is sealed by {@link AesGcmKeyRing}. */
@Serdeable
record TokenSnapshot(int version, List<Entry> tokens) {

  static final int VERSION = 1;

  // Serde leaves empty lists and maps out of the file, so they come back as null.
  TokenSnapshot {
    tokens = tokens == null ? List.of() : tokens;
  }

  @Serdeable
  record Entry(
      long installationId,
      List<String> repositories,
      Map<String, String> permissions,
      String sealed,
      Instant expiresAt,
      Instant mintedAt) {

    Entry {
      repositories = repositories == null ? List.of() : repositories;
      permissions = permissions == null ? Map.of() : permissions;
    }
  }
}
