package dev.botwright.internal.reconcile;

import dev.botwright.github.GitHubClients;
import dev.botwright.internal.logging.Redaction;
import io.micronaut.core.annotation.Internal;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks GitHub to send one delivery again, for an operator (the delivery log page): GitHub
 * redelivers by the id of one of its attempts, not by the {@code X-GitHub-Delivery} guid, so the
 * app's recent attempts are listed back to when the delivery arrived and the newest attempt with
 * that guid is redelivered.
 */
@Singleton
@Internal
public final class Redelivery {

  /** How far before its receipt a delivery's first attempt may lie (clock skew, retries). */
  static final Duration SLACK = Duration.ofMinutes(5);

  private static final Logger LOG = LoggerFactory.getLogger(Redelivery.class);

  private final GitHubClients clients;

  Redelivery(GitHubClients clients) {
    this.clients = clients;
  }

  /**
   * Asks GitHub to redeliver {@code guid}.
   *
   * @param receivedAt when the bot received it, so older attempts need not be listed
   * @return empty when GitHub took the request, else why not, in a sentence for the operator
   */
  public Optional<String> redeliver(String guid, Instant receivedAt) {
    try {
      HookDeliveries github = new HookDeliveries(clients.app(), () -> {});
      Optional<HookDelivery> attempt =
          github.since(receivedAt.minus(SLACK)).stream()
              .filter(a -> a.guid().equals(guid))
              .findFirst();
      if (attempt.isEmpty()) {
        return Optional.of(
            "GitHub lists no attempt of delivery "
                + guid
                + " since "
                + receivedAt.minus(SLACK)
                + " (it keeps them 3 days); nothing was asked.");
      }
      github.redeliver(attempt.get().id());
      LOG.info(
          "Delivery {}: GitHub was asked to redeliver it (attempt {})", guid, attempt.get().id());
      return Optional.empty();
    } catch (RuntimeException e) {
      // GitHubApiException says the route and GitHub's message, never a token; anything else (no
      // credentials yet, say) is masked all the same before it reaches a page or the log.
      String why = Redaction.redact(String.valueOf(e.getMessage()));
      LOG.warn("Delivery {}: asking GitHub to redeliver it failed: {}", guid, why);
      return Optional.of("GitHub did not take the request: " + why);
    }
  }
}
