package dev.botwright.install;

import java.util.Map;

/**
 * Published (as a Micronaut application event) when the setup callback linked an installation to
 * the signed-in user, after GitHub confirmed the user can access it. Listen with
 * {@code @EventListener} to act on the metadata the install link carried.
 *
 * @param userId the user
 * @param installationId the installation
 * @param setupAction {@code install} or {@code update}
 * @param metadata the install link's metadata; empty when approval arrived without {@code state}
 */
public record InstallationLinked(
    long userId, long installationId, String setupAction, Map<String, String> metadata) {

  public InstallationLinked {
    metadata = Map.copyOf(metadata);
  }
}
