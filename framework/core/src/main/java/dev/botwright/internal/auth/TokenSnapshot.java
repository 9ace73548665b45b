package dev.botwright.internal.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The persisted token file: a header with the key derivation's parameters, then the entries, each
 * token value sealed by {@link AesGcmKeyRing} under the derived key. Version 1 files (a key from a
 * single SHA-256 of the passphrase, no header) are no longer opened.
 */
@Serdeable
record TokenSnapshot(int version, @Nullable TokenFileKey key, List<Entry> tokens) {

  static final int VERSION = 2;

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
