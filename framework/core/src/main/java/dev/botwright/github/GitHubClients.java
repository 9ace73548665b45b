package dev.botwright.github;

import dev.botwright.event.Installation;
import java.util.stream.Stream;

/**
 * Creates GitHub clients outside of a webhook: for scheduled jobs, HTTP endpoints or start-up code.
 * Inject it as a bean.
 *
 * <pre>{@code
 * @Scheduled(cron = "0 0 * * *")
 * void nightly() { clients.installation(42).issues().create(...); }
 * }</pre>
 */
public interface GitHubClients {

  /** A client authenticated as the app itself (app JWT), for {@code /app/...} routes. */
  GitHubClient app();

  /** A client authenticated as one installation; its token is minted on first use and cached. */
  GitHubClient installation(long installationId);

  /**
   * Streams the app's installations that are not suspended (a suspended one gets no token), page by
   * page as the stream is consumed, like octokit's {@code eachInstallation}. For work on a timer,
   * prefer {@link dev.botwright.OnSchedule}, which adds a lease, jitter and bounded concurrency.
   *
   * <p>{@code GET /app/installations}
   */
  default Stream<Installation> eachInstallation() {
    return app().repos().listInstallations().filter(i -> i.suspendedAt() == null);
  }

  /**
   * Streams every repository of every installation that is not suspended, each with a client of its
   * installation, page by page as the stream is consumed, like octokit's {@code eachRepository}.
   *
   * <pre>{@code
   * clients.eachRepository()
   *     .filter(r -> !r.repository().archived())
   *     .forEach(r -> r.github().issues().create(r.repo(), "Hello", null));
   * }</pre>
   *
   * <p>{@code GET /app/installations}, then {@code GET /installation/repositories} per installation
   */
  default Stream<InstallationRepository> eachRepository() {
    return eachInstallation()
        .flatMap(
            installation -> {
              GitHubClient github = installation(installation.id());
              return github
                  .repos()
                  .listForInstallation()
                  .map(repository -> new InstallationRepository(installation, repository, github));
            });
  }
}
