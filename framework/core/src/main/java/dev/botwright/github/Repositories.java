package dev.botwright.github;

import dev.botwright.event.BranchWithProtection;
import dev.botwright.event.Commit;
import dev.botwright.event.ContentFile;
import dev.botwright.event.FileCommit;
import dev.botwright.event.FullRepository;
import dev.botwright.event.GitReference;
import dev.botwright.event.Installation;
import dev.botwright.event.Release;
import dev.botwright.event.Repository;
import dev.botwright.event.RepositoryCollaboratorPermission;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.stream.Stream;

/** Repositories and their contents. Obtain it from {@link GitHubClient#repos()}. */
public interface Repositories {

  /**
   * Reads a repository.
   *
   * <p>{@code GET /repos/{owner}/{repo}}
   */
  FullRepository get(RepoRef repo);

  /**
   * Reads a text file (UTF-8), e.g. a bot's {@code .github/bot.yml}; empty when it does not exist.
   *
   * <p>{@code GET /repos/{owner}/{repo}/contents/{path}}
   *
   * @param ref a branch, tag or commit; {@code null} for the default branch
   * @throws IllegalStateException when {@code path} is a directory or too large for this API
   */
  Optional<String> getContent(RepoRef repo, String path, @Nullable String ref);

  /**
   * Reads a file's entry: its base64 {@code content}, {@code sha} (what {@link #createOrUpdateFile}
   * needs to replace it), size and links; empty when it does not exist.
   *
   * <p>{@code GET /repos/{owner}/{repo}/contents/{path}}
   *
   * @param ref a branch, tag or commit; {@code null} for the default branch
   * @throws IllegalStateException when {@code path} is a directory, a symlink or a submodule
   */
  Optional<ContentFile> getFile(RepoRef repo, String path, @Nullable String ref);

  /**
   * Reads what is at {@code path}: a file, a directory's listing, a symlink or a submodule (see
   * {@link ContentEntry}); empty when nothing is there. The answer as JSON stays available through
   * {@code request("GET /repos/{owner}/{repo}/contents/{+path}", ...).body()}.
   *
   * <p>{@code GET /repos/{owner}/{repo}/contents/{path}}
   *
   * @param ref a branch, tag or commit; {@code null} for the default branch
   */
  Optional<ContentEntry> getContentEntry(RepoRef repo, String path, @Nullable String ref);

  /**
   * Creates or replaces a file with {@code content} (UTF-8) in one commit.
   *
   * <p>{@code PUT /repos/{owner}/{repo}/contents/{path}}
   *
   * @param sha the blob sha of the file being replaced; {@code null} when creating it
   * @param branch the branch to commit to; {@code null} for the default branch
   */
  FileCommit createOrUpdateFile(
      RepoRef repo,
      String path,
      String message,
      String content,
      @Nullable String sha,
      @Nullable String branch);

  /**
   * Reads a branch, with its head commit and protection.
   *
   * <p>{@code GET /repos/{owner}/{repo}/branches/{branch}}
   */
  BranchWithProtection getBranch(RepoRef repo, String branch);

  /**
   * Creates a reference, e.g. a branch with {@code "refs/heads/fix-typo"}.
   *
   * <p>{@code POST /repos/{owner}/{repo}/git/refs}
   */
  GitReference createRef(RepoRef repo, String ref, String sha);

  /**
   * Reads a commit: its message, author, parents, stats and changed files.
   *
   * <p>{@code GET /repos/{owner}/{repo}/commits/{ref}}
   *
   * @param ref a commit sha, branch or tag
   */
  Commit getCommit(RepoRef repo, String ref);

  /**
   * Reads the latest published release; empty when the repository has none.
   *
   * <p>{@code GET /repos/{owner}/{repo}/releases/latest}
   */
  Optional<Release> getLatestRelease(RepoRef repo);

  /**
   * Reads a user's permission on the repository ({@code admin}, {@code write}, {@code read} or
   * {@code none}) and role, e.g. to answer a command only for people with write access.
   *
   * <p>{@code GET /repos/{owner}/{repo}/collaborators/{username}/permission}
   */
  RepositoryCollaboratorPermission getCollaboratorPermission(RepoRef repo, String username);

  /**
   * Streams the repositories this installation can access (installation clients only).
   *
   * <p>{@code GET /installation/repositories}
   */
  Stream<Repository> listForInstallation();

  /**
   * Streams the app's installations (the {@link GitHubClients#app()} client only).
   *
   * <p>{@code GET /app/installations}
   */
  Stream<Installation> listInstallations();
}
