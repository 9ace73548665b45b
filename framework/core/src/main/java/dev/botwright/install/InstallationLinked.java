package dev.botwright.install;

import java.util.Map;

/**
 * Published (as a Micronaut application event) when an installation was linked to a user: by the
 * setup callback after GitHub confirmed the signed-in user can access it, or by {@code
 * installation.created} when GitHub names the user as the one who requested it. Listen with
 * {@code @EventListener} to act on the metadata the install link carried.
 *
 * @param userId the user
 * @param installationId the installation
 * @param setupAction {@code install}, {@code update}, or {@code request} for an approved request
 * @param metadata the install link's metadata, only ever from a link made by this same signed-in
 *     user in the same browser; empty when the callback arrived without {@code state}
 */
public record InstallationLinked(
    long userId, long installationId, String setupAction, Map<String, String> metadata) {

  public InstallationLinked {
    metadata = Map.copyOf(metadata);
  }
}
