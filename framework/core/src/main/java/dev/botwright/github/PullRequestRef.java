package dev.botwright.github;

/**
 * A pull request's coordinates.
 *
 * @param repository the repository
 * @param number the pull request number
 */
public record PullRequestRef(RepoRef repository, long number) {

  public PullRequestRef(String owner, String repo, long number) {
    this(new RepoRef(owner, repo), number);
  }

  /** The same pull request seen as an issue, for the issue and comment routes. */
  public IssueRef asIssue() {
    return new IssueRef(repository, number);
  }

  @Override
  public String toString() {
    return repository + "#" + number;
  }
}
