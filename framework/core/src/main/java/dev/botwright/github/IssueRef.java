package dev.botwright.github;

/**
 * An issue's (or a pull request's, as an issue) coordinates.
 *
 * @param repository the repository
 * @param number the issue number
 */
public record IssueRef(RepoRef repository, long number) {

  public IssueRef(String owner, String repo, long number) {
    this(new RepoRef(owner, repo), number);
  }

  @Override
  public String toString() {
    return repository + "#" + number;
  }
}
