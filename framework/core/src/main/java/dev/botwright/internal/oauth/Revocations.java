package dev.botwright.internal.oauth;

import dev.botwright.config.OAuthConfiguration;
import dev.botwright.internal.files.AtomicFile;
import dev.botwright.spi.SessionRevocations;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process revocation list: ended sessions (session id → until) and users whose sessions
 * issued up to a moment were ended (user id → that moment, until). Entries sit in an expiry index
 * and leave it when their time is up, so the list holds only what can still matter; past {@link
 * #MAX_ENTRIES} the entry nearest its end is dropped (logged) rather than refusing new sign-outs.
 * With {@code botwright.oauth.revocations-file} it survives restarts.
 */
@Singleton
@Requires(property = "botwright.oauth.enabled", value = "true")
@Requires(missingBeans = SessionRevocations.class)
final class Revocations implements SessionRevocations {

  private static final Logger LOG = LoggerFactory.getLogger(Revocations.class);
  static final int MAX_ENTRIES = 200_000;

  private record User(long atMillis, long untilMillis) {}

  private record Due(long untilMillis, String key) {}

  private final Map<String, Long> sessions = new HashMap<>();
  private final Map<Long, User> users = new HashMap<>();
  private final PriorityQueue<Due> index =
      new PriorityQueue<>((a, b) -> Long.compare(a.untilMillis(), b.untilMillis()));
  private final Path file;
  private final Clock clock;

  @Inject
  Revocations(OAuthConfiguration config) {
    this(config.getRevocationsFile(), Clock.systemUTC());
  }

  Revocations(String file, Clock clock) {
    this.file = file == null ? null : Path.of(file);
    this.clock = clock;
    load();
  }

  @Override
  public synchronized void revokeSession(String sessionId, Instant until) {
    sessions.merge(sessionId, until.toEpochMilli(), Math::max);
    index.add(new Due(until.toEpochMilli(), "s" + sessionId));
    prune();
    save();
  }

  @Override
  public synchronized void revokeUser(long userId, Instant at, Instant until) {
    User old = users.get(userId);
    User entry =
        old == null
            ? new User(at.toEpochMilli(), until.toEpochMilli())
            : new User(
                Math.max(old.atMillis(), at.toEpochMilli()),
                Math.max(old.untilMillis(), until.toEpochMilli()));
    users.put(userId, entry);
    index.add(new Due(entry.untilMillis(), "u" + userId));
    prune();
    save();
  }

  @Override
  public synchronized boolean isRevoked(String sessionId, long userId, Instant issuedAt) {
    long now = clock.millis();
    Long session = sessions.get(sessionId);
    if (session != null && session > now) {
      return true;
    }
    User user = users.get(userId);
    return user != null && user.untilMillis() > now && issuedAt.toEpochMilli() <= user.atMillis();
  }

  synchronized int size() {
    return sessions.size() + users.size();
  }

  /** Drops due entries, then the ones nearest their end while over the bound. */
  private void prune() {
    long now = clock.millis();
    while (!index.isEmpty()
        && (index.peek().untilMillis() <= now || sessions.size() + users.size() > MAX_ENTRIES)) {
      Due due = index.poll();
      boolean early = due.untilMillis() > now;
      if (forget(due) && early) {
        LOG.warn(
            "The revocation list is full ({} entries): forgot the entry due soonest. A shorter"
                + " botwright.oauth.idle-timeout keeps fewer entries.",
            MAX_ENTRIES);
      }
    }
  }

  /** Removes the entry {@code due} points at, unless a later revocation replaced it. */
  private boolean forget(Due due) {
    String key = due.key().substring(1);
    if (due.key().charAt(0) == 's') {
      return sessions.remove(key, due.untilMillis());
    }
    long userId = Long.parseLong(key);
    User user = users.get(userId);
    return user != null && user.untilMillis() == due.untilMillis() && users.remove(userId, user);
  }

  private void save() {
    if (file == null) {
      return;
    }
    StringBuilder text = new StringBuilder();
    sessions.forEach(
        (id, until) -> text.append("s ").append(id).append(' ').append(until).append('\n'));
    users.forEach(
        (id, user) ->
            text.append("u ")
                .append(id)
                .append(' ')
                .append(user.atMillis())
                .append(' ')
                .append(user.untilMillis())
                .append('\n'));
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
        if (parts.length == 3 && parts[0].equals("s")) {
          long until = Long.parseLong(parts[2]);
          sessions.put(parts[1], until);
          index.add(new Due(until, "s" + parts[1]));
        } else if (parts.length == 4 && parts[0].equals("u")) {
          User user = new User(Long.parseLong(parts[2]), Long.parseLong(parts[3]));
          users.put(Long.parseLong(parts[1]), user);
          index.add(new Due(user.untilMillis(), "u" + parts[1]));
        } else if (parts.length == 2) {
          // Written before sessions had ids: "user revokedAt", kept for the old default max age.
          long at = Long.parseLong(parts[1]);
          revokeUser(
              Long.parseLong(parts[0]),
              Instant.ofEpochMilli(at),
              Instant.ofEpochMilli(at).plus(OAuthConfiguration.DEFAULT_MAX_AGE));
        } else if (!line.isBlank()) {
          throw new IllegalStateException("unexpected line");
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "Could not read the revocation list "
              + file
              + " (botwright.oauth.revocations-file): fix or delete the file.",
          e);
    }
    prune();
  }
}
