package dev.botwright.internal.dispatch;

import dev.botwright.github.GitHubClient;
import dev.botwright.internal.client.EventClients;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Keeps the benchmark off the network: the no-op handlers never ask for a client. */
@Singleton
@Replaces(EventClients.class)
@Requires(property = "bench.handler")
final class NoOpEventClients implements EventClients {

  @Override
  public GitHubClient forDelivery(long installationId, String deliveryId) {
    throw new UnsupportedOperationException(
        "The dispatch benchmark's handlers make no GitHub calls; installation "
            + installationId
            + ", delivery "
            + deliveryId);
  }
}
