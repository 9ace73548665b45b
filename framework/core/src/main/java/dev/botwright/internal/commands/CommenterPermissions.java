package dev.botwright.internal.commands;

import dev.botwright.EventContext;
import dev.botwright.Permission;
import dev.botwright.config.CommandsConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.RepoRef;
import io.micronaut.core.annotation.Internal;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A commenter's role on the repository of a command, from GitHub's collaborator permission route,
 * remembered briefly per (installation, repository, user) so that a comment with several commands,
 * or a burst of them, costs one request. The least recently used entries go first when full.
 */
@Internal
@Singleton
public final class CommenterPermissions {

  private record Key(long installation, String repository, String user) {}

  private record Entry(Permission role, Instant expires) {}

  private final Duration ttl;
  private final int capacity;
  private final Clock clock;
  private final Map<Key, Entry> entries;

  @Inject
  CommenterPermissions(CommandsConfiguration config) {
    this(config.getPermissionCacheTtl(), config.getPermissionCacheSize(), Clock.systemUTC());
  }

  CommenterPermissions(Duration ttl, int capacity, Clock clock) {
    this.ttl = ttl;
    this.capacity = capacity;
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > CommenterPermissions.this.capacity;
          }
        };
  }

  /**
   * The role of {@code user} on the event's repository; {@link Permission#ANYONE} when they have no
   * access (or GitHub does not know them).
   */
  public Permission of(EventContext ctx, String user) {
    RepoRef repo = ctx.repo();
    return cached(ctx.installationId().orElse(0), repo, user, () -> lookUp(ctx, repo, user));
  }

  /** The remembered role of {@code user}, else the one {@code lookUp} returns, then remembered. */
  Permission cached(long installation, RepoRef repo, String user, Supplier<Permission> lookUp) {
    Key key =
        new Key(
            installation,
            (repo.owner() + "/" + repo.repo()).toLowerCase(Locale.ROOT),
            user.toLowerCase(Locale.ROOT));
    Instant now = clock.instant();
    synchronized (entries) {
      Entry entry = entries.get(key);
      if (entry != null && now.isBefore(entry.expires())) {
        return entry.role();
      }
    }
    // Looked up outside the lock: a slow answer must not hold up other commenters.
    Permission role = lookUp.get();
    if (!ttl.isZero() && !ttl.isNegative()) {
      synchronized (entries) {
        entries.put(key, new Entry(role, now.plus(ttl)));
      }
    }
    return role;
  }

  /**
   * Forgets every remembered role. The testing kit calls it when the fake GitHub is reset, so that
   * a role one test stubbed does not answer the next test's commands.
   */
  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  private static Permission lookUp(EventContext ctx, RepoRef repo, String user) {
    try {
      return Roles.of(ctx.github().repos().getCollaboratorPermission(repo, user));
    } catch (GitHubApiException e) {
      // GitHub answers 404 for a user it does not know on this repository: no access.
      if (e.status() == 404) {
        return Permission.ANYONE;
      }
      throw e;
    }
  }
}
