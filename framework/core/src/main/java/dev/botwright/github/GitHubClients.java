package dev.botwright.github;

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
}
