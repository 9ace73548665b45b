package dev.botwright;

import dev.botwright.github.GitHubClient;
import dev.botwright.github.IssueRef;
import org.slf4j.Logger;

/**
 * What an {@link OnSchedule} method knows about the installation it runs for.
 *
 * <pre>{@code
 * @OnSchedule(every = "1h")
 * void hourly(InstallationContext installation) {
 *   installation.log().info("Hello, {}", installation.account());
 * }
 * }</pre>
 */
public interface InstallationContext {

  /** The installation's id. */
  long installationId();

  /** The login of the user or organization the app is installed on. */
  String account();

  /** A client authenticated as this installation; its token is minted once, then cached. */
  GitHubClient github();

  /** The metadata this installation keeps on an issue or pull request; see {@link Metadata}. */
  Metadata metadata(IssueRef issue);

  /**
   * A logger whose MDC carries {@code schedule} and {@code installationId} (and {@code repository}
   * for a {@link RepositoryContext}).
   */
  Logger log();
}
