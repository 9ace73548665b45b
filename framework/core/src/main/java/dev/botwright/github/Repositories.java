package dev.botwright.github;

import dev.botwright.RepoRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.util.Optional;
import java.util.stream.Stream;

/** Repositories and their contents. Obtain it from {@link GitHubClient#repos()}. */
public interface Repositories {

  /**
   * Reads a repository.
   *
   * <p>{@code GET /repos/{owner}/{repo}}
   */
  JsonNode get(RepoRef repo);

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
   * Reads a file's or directory's entry as GitHub returns it; empty when it does not exist.
   *
   * <p>{@code GET /repos/{owner}/{repo}/contents/{path}}
   */
  Optional<JsonNode> getContentEntry(RepoRef repo, String path, @Nullable String ref);

  /**
   * Creates or replaces a file with {@code content} (UTF-8) in one commit.
   *
   * <p>{@code PUT /repos/{owner}/{repo}/contents/{path}}
   *
   * @param sha the blob sha of the file being replaced; {@code null} when creating it
   * @param branch the branch to commit to; {@code null} for the default branch
   */
  JsonNode createOrUpdateFile(
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
  JsonNode getBranch(RepoRef repo, String branch);

  /**
   * Creates a reference, e.g. a branch with {@code "refs/heads/fix-typo"}.
   *
   * <p>{@code POST /repos/{owner}/{repo}/git/refs}
   */
  JsonNode createRef(RepoRef repo, String ref, String sha);

  /**
   * Streams the repositories this installation can access (installation clients only).
   *
   * <p>{@code GET /installation/repositories}
   */
  Stream<JsonNode> listForInstallation();

  /**
   * Streams the app's installations (the {@link GitHubClients#app()} client only).
   *
   * <p>{@code GET /app/installations}
   */
  Stream<JsonNode> listInstallations();
}
