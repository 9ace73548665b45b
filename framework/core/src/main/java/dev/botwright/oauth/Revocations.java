package dev.botwright.oauth;

import dev.botwright.config.OAuthConfiguration;
import dev.botwright.files.AtomicFile;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users whose sessions were ended (user id → when): a session issued at or before that moment is
 * refused. Entries older than the session max age are dropped, since every session they could
 * refuse has expired anyway, so the list stays small; with {@code botwright.oauth.revocations-file}
 * it survives restarts.
 */
@Singleton
@Requires(property = "botwright.oauth.enabled", value = "true")
final class Revocations {

  private static final Logger LOG = LoggerFactory.getLogger(Revocations.class);
  static final int MAX_ENTRIES = 100_000;

  private final Map<Long, Long> revokedAtMillis = new ConcurrentHashMap<>();
  private final Duration maxAge;
  private final Path file;
  private final Clock clock;

  @Inject
  Revocations(OAuthConfiguration config) {
    this(config.getMaxAge(), config.getRevocationsFile(), Clock.systemUTC());
  }

  Revocations(Duration maxAge, String file, Clock clock) {
    this.maxAge = maxAge;
    this.file = file == null ? null : Path.of(file);
    this.clock = clock;
    load();
  }

  void revoke(long userId) {
    revokedAtMillis.merge(userId, clock.millis(), Math::max);
    prune();
    save();
    LOG.info("Ended every session of user {}", userId);
  }

  boolean refuses(long userId, long issuedAtMillis) {
    Long revoked = revokedAtMillis.get(userId);
    return revoked != null && issuedAtMillis <= revoked;
  }

  int size() {
    return revokedAtMillis.size();
  }

  private void prune() {
    long horizon = clock.millis() - maxAge.toMillis();
    revokedAtMillis.values().removeIf(at -> at < horizon);
    if (revokedAtMillis.size() > MAX_ENTRIES) {
      List<Map.Entry<Long, Long>> oldest = new ArrayList<>(revokedAtMillis.entrySet());
      oldest.sort(Map.Entry.comparingByValue());
      oldest
          .subList(0, oldest.size() - MAX_ENTRIES)
          .forEach(e -> revokedAtMillis.remove(e.getKey()));
    }
  }

  private synchronized void save() {
    if (file == null) {
      return;
    }
    StringBuilder text = new StringBuilder();
    revokedAtMillis.forEach((user, at) -> text.append(user).append(' ').append(at).append('\n'));
    try {
      AtomicFile.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the revocation list to " + file, e);
    }
  }

  private void load() {
    if (file == null || !Files.exists(file)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.strip().split(" ");
        if (parts.length == 2) {
          revokedAtMillis.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
      }
    } catch (IOException | NumberFormatException e) {
      throw new IllegalStateException(
          "Could not read the revocation list "
              + file
              + " (botwright.oauth.revocations-file): fix or delete the file.",
          e);
    }
    prune();
  }
}
