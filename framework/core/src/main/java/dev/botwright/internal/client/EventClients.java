package dev.botwright.internal.client;

import dev.botwright.github.GitHubClient;
import io.micronaut.core.annotation.Internal;

/** Creates the installation client handed to the handlers of one delivery. */
@Internal
public interface EventClients {

  /**
   * A client for {@code installationId} whose requests carry {@code X-GitHub-Delivery: deliveryId}.
   * Creating it is cheap and mints nothing; the token is fetched on the first request.
   */
  GitHubClient forDelivery(long installationId, String deliveryId);

  /**
   * Whether {@link #forDelivery} also serves deliveries without an installation (id 0), as a
   * workflow's {@code GITHUB_TOKEN} does; otherwise such deliveries have no event client.
   */
  default boolean servesDeliveriesWithoutInstallation() {
    return false;
  }
}
