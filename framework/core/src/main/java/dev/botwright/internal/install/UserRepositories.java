package dev.botwright.internal.install;

import dev.botwright.config.InstallConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.install.IndexedRepository;
import dev.botwright.install.InstallationLinked;
import dev.botwright.oauth.UserSession;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The repositories a user can reach through one installation, as GitHub lists them for the user's
 * own token ({@code GET /user/installations/{installation_id}/repositories}), reused for a short
 * while. GitHub lists an installation for a user who can reach any one of its repositories, so the
 * installation's own list says nothing about what that user may see; users are answered only from
 * here.
 *
 * <p>Bounded by age ({@code botwright.install.user-access-ttl}) and by the repositories held over
 * all lists ({@code botwright.install.user-access-max-repositories}), least recently used first. A
 * list fetched while something was forgotten is not kept, so a webhook that changes an installation
 * during the fetch cannot be undone by it.
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class UserRepositories {

  private static final String ROUTE = "GET /user/installations/{installation_id}/repositories";

  private record Key(long userId, long installationId) {}

  private record Entry(List<IndexedRepository> repositories, Instant expiresAt) {
    // An empty list still costs an entry, so it counts as one.
    long weight() {
      return Math.max(1, repositories.size());
    }
  }

  private final Duration ttl;
  private final int capacity;
  private final InstantSource clock;
  // Access order: the eldest entry is the least recently used.
  private final LinkedHashMap<Key, Entry> lists = new LinkedHashMap<>(16, 0.75f, true);
  private long held;
  private long generation;

  @Inject
  UserRepositories(InstallConfiguration config) {
    this(config.getUserAccessTtl(), config.getUserAccessMaxRepositories(), InstantSource.system());
  }

  UserRepositories(Duration ttl, int capacity, InstantSource clock) {
    if (ttl.isNegative()) {
      throw new IllegalArgumentException(
          "botwright.install.user-access-ttl must not be negative, but is " + ttl + ".");
    }
    if (capacity < 0) {
      throw new IllegalArgumentException(
          "botwright.install.user-access-max-repositories must not be negative, but is "
              + capacity
              + ".");
    }
    this.ttl = ttl;
    this.capacity = capacity;
    this.clock = clock;
  }

  /**
   * The repositories {@code user} reaches through {@code installationId}, by full name; empty when
   * GitHub does not list the installation for the user (404).
   *
   * @throws GitHubApiException when GitHub fails or rejects the user's token
   */
  List<IndexedRepository> of(UserSession user, long installationId) {
    Key key = new Key(user.userId(), installationId);
    long asked;
    synchronized (this) {
      Entry entry = lists.get(key);
      if (entry != null && clock.instant().isBefore(entry.expiresAt())) {
        return entry.repositories();
      }
      if (entry != null) {
        remove(key);
      }
      asked = generation;
    }
    List<IndexedRepository> found = fetch(user, installationId);
    synchronized (this) {
      if (asked == generation) {
        keep(key, new Entry(found, clock.instant().plus(ttl)));
      }
    }
    return found;
  }

  /** Forgets every list of {@code userId}. */
  synchronized void forgetUser(long userId) {
    forget(key -> key.userId() == userId);
  }

  /** Forgets every user's list of {@code installationId}, e.g. after its repositories changed. */
  synchronized void forgetInstallation(long installationId) {
    forget(key -> key.installationId() == installationId);
  }

  /** Forgets {@code userId}'s list of {@code installationId}. */
  synchronized void forget(long userId, long installationId) {
    forget(key -> key.userId() == userId && key.installationId() == installationId);
  }

  /** The setup callback linked (or linked again, after a change of selection): ask again. */
  @EventListener
  void linked(InstallationLinked linked) {
    forget(linked.userId(), linked.installationId());
  }

  private static List<IndexedRepository> fetch(UserSession user, long installationId) {
    try {
      return user.github()
          .paginate(ROUTE, Map.of("installation_id", installationId, "per_page", 100))
          .map(RepositoryLister::toIndexed)
          .sorted(Comparator.comparing(IndexedRepository::fullName))
          .toList();
    } catch (GitHubApiException e) {
      if (e.status() == 404) {
        return List.of();
      }
      throw e;
    }
  }

  private void forget(Predicate<Key> which) {
    generation++;
    Iterator<Map.Entry<Key, Entry>> entries = lists.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<Key, Entry> entry = entries.next();
      if (which.test(entry.getKey())) {
        held -= entry.getValue().weight();
        entries.remove();
      }
    }
  }

  private void keep(Key key, Entry entry) {
    if (ttl.isZero() || entry.weight() > capacity) {
      return;
    }
    remove(key);
    Iterator<Map.Entry<Key, Entry>> eldest = lists.entrySet().iterator();
    while (held + entry.weight() > capacity) {
      held -= eldest.next().getValue().weight();
      eldest.remove();
    }
    lists.put(key, entry);
    held += entry.weight();
  }

  private void remove(Key key) {
    Entry removed = lists.remove(key);
    if (removed != null) {
      held -= removed.weight();
    }
  }
}
