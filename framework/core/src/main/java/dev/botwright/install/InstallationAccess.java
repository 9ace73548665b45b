package dev.botwright.install;

import dev.botwright.oauth.UserSession;
import java.util.List;
import java.util.Optional;

/**
 * What a signed-in user may see through this app, always as GitHub answers the user's own token:
 * the installations ({@code GET /user/installations}, recorded as links in the {@link
 * InstallationIndex}) and, in each, only the repositories the user can reach ({@code GET
 * /user/installations/{installation_id}/repositories}). GitHub lists an installation for a user who
 * can reach any one of its repositories, so a user is never answered from the installation's own
 * list ({@link InstallationIndex#repositories}), which is for the app's own use.
 *
 * <p>Call {@link #verify} when a user signs in or opens a page that lists their installations; list
 * with {@link #repositories}; check {@link #repository} before acting on a repository a user names.
 * A user's repositories are reused for {@code botwright.install.user-access-ttl} (default 2
 * minutes), and forgotten sooner when an installation's webhooks say it changed, when the user is
 * linked again or revokes the app, and on {@link #forget}.
 *
 * <pre>{@code
 * for (IndexedInstallation installation : access.verify(user)) {
 *   List<IndexedRepository> visible = access.repositories(user, installation.id());
 * }
 * }</pre>
 */
public interface InstallationAccess {

  /**
   * Asks GitHub which installations {@code user} can access now, indexes the ones not yet known
   * (with their repositories, for the app), and replaces the user's links with exactly these.
   *
   * @return the user's installations, by id
   * @throws dev.botwright.github.GitHubApiException when GitHub fails or rejects the user's token
   */
  List<IndexedInstallation> verify(UserSession user);

  /**
   * The repositories of {@code installationId} that {@code user} can reach, by full name, as GitHub
   * lists them for the user's token (every page); empty when the installation is not linked to the
   * user (see {@link #verify}) or GitHub does not list it for them.
   *
   * @throws dev.botwright.github.GitHubApiException when GitHub fails or rejects the user's token
   */
  List<IndexedRepository> repositories(UserSession user, long installationId);

  /**
   * The repository {@code owner/name}, when {@code user} can reach it through one of the
   * installations linked to them; empty otherwise, including for a repository the installation can
   * access but the user cannot.
   *
   * @throws dev.botwright.github.GitHubApiException when GitHub fails or rejects the user's token
   */
  Optional<IndexedRepository> repository(UserSession user, String fullName);

  /**
   * Forgets the repositories remembered for {@code userId}, so the next call asks GitHub again:
   * call it when the user signs out, or wants a change made on GitHub to show at once.
   */
  void forget(long userId);
}
