package dev.botwright.github;

import dev.botwright.event.Installation;
import dev.botwright.event.Repository;

/**
 * One repository of one installation, from {@link GitHubClients#eachRepository()}, with a client of
 * that installation.
 *
 * @param installation the installation, as {@code GET /app/installations} lists it
 * @param repository the repository, as {@code GET /installation/repositories} lists it
 * @param github a client authenticated as the installation
 */
public record InstallationRepository(
    Installation installation, Repository repository, GitHubClient github) {

  /** The repository's coordinates. */
  public RepoRef repo() {
    return RepoRef.of(repository.fullName());
  }
}
