package dev.botwright.internal.install;

import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClients;
import dev.botwright.install.InstallationIndex;
import dev.botwright.install.InstallationLinked;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installation requests ({@code setup_action=request}): a member asked an owner to install the app.
 * The signed-in user who asked is recorded with the metadata bound to them, together with the
 * accounts GitHub lists their pending requests for ({@code GET /app/installation-requests}, app
 * JWT). When {@code installation.created} arrives, the requester is linked and {@link
 * InstallationLinked} published, but only when GitHub says so: its {@code requester} is the
 * recorded user or, when the event names no requester, GitHub listed the user's pending request for
 * that account. Kept in this process's memory, at most {@value #MAX_PENDING} for {@link #LIFETIME}.
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class InstallationRequests {

  static final int MAX_PENDING = 10_000;

  /** How long a request waits for its approval. */
  static final Duration LIFETIME = Duration.ofDays(30);

  private static final Logger LOG = LoggerFactory.getLogger(InstallationRequests.class);

  private record Pending(
      long userId, Map<String, String> metadata, Set<Long> accountIds, Instant expiresAt) {}

  private final GitHubClients clients;
  private final InstallationIndex index;
  private final ApplicationEventPublisher<InstallationLinked> events;
  private final Clock clock = Clock.systemUTC();
  private final Map<Long, Pending> pending = new LinkedHashMap<>();

  InstallationRequests(
      GitHubClients clients,
      InstallationIndex index,
      ApplicationEventPublisher<InstallationLinked> events) {
    this.clients = clients;
    this.index = index;
    this.events = events;
  }

  /** Records that {@code userId} asked for an installation, replacing their earlier request. */
  void record(long userId, Map<String, String> metadata) {
    Set<Long> accounts = requestedAccounts(userId);
    Instant now = clock.instant();
    synchronized (this) {
      pending.values().removeIf(p -> !now.isBefore(p.expiresAt()));
      pending.remove(userId);
      if (pending.size() >= MAX_PENDING) {
        Iterator<Long> oldest = pending.keySet().iterator();
        oldest.next();
        oldest.remove();
      }
      pending.put(userId, new Pending(userId, Map.copyOf(metadata), accounts, now.plus(LIFETIME)));
    }
  }

  /**
   * {@code installation.created}: links the recorded requester, if GitHub names them.
   *
   * @param requesterId the event's {@code requester.id}, when it has one
   * @param accountId the installation's account id
   */
  void created(long installationId, @Nullable Long requesterId, @Nullable Long accountId) {
    List<Pending> approved = new ArrayList<>();
    Instant now = clock.instant();
    synchronized (this) {
      if (requesterId != null) {
        Pending asked = pending.remove(requesterId);
        if (asked != null) {
          approved.add(asked);
        }
      } else if (accountId != null) {
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
          Pending asked = it.next();
          if (asked.accountIds().contains(accountId)) {
            approved.add(asked);
            it.remove();
          }
        }
      }
    }
    for (Pending asked : approved) {
      if (!now.isBefore(asked.expiresAt())) {
        continue;
      }
      index.link(asked.userId(), installationId);
      LOG.info(
          "Installation {} was requested by user {}; linked to them",
          installationId,
          asked.userId());
      events.publishEvent(
          new InstallationLinked(asked.userId(), installationId, "request", asked.metadata()));
    }
  }

  /** The accounts GitHub lists pending requests of {@code userId} for; empty when it cannot say. */
  private Set<Long> requestedAccounts(long userId) {
    try {
      return clients
          .app()
          .paginate("GET /app/installation-requests", Map.of("per_page", 100))
          .filter(request -> idOf(request.get("requester")) == userId)
          .map(request -> idOf(request.get("account")))
          .filter(id -> id > 0)
          .collect(Collectors.toUnmodifiableSet());
    } catch (GitHubApiException e) {
      LOG.warn(
          "GitHub answered {} to GET /app/installation-requests; user {}'s request is linked only"
              + " by an installation.created event naming them",
          e.status(),
          userId);
      return Set.of();
    } catch (RuntimeException e) {
      LOG.warn(
          "GET /app/installation-requests failed ({}); user {}'s request is linked only by an"
              + " installation.created event naming them",
          e.getClass().getSimpleName(),
          userId);
      return Set.of();
    }
  }

  private static long idOf(@Nullable JsonNode node) {
    JsonNode id = node == null ? null : node.get("id");
    return id != null && id.isNumber() ? id.getLongValue() : -1;
  }
}
