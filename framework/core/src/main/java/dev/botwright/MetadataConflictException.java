package dev.botwright;

import dev.botwright.github.IssueRef;

/**
 * A metadata write that other writers overwrote on every attempt. Nothing is half-written: the
 * issue holds either the change or what the other writers left. Running the handler again (a
 * delivery retry, the next scheduled run) usually succeeds.
 */
public class MetadataConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient IssueRef issue;

  /** A write to {@code issue} that did not hold after {@code attempts} attempts. */
  public MetadataConflictException(IssueRef issue, int attempts) {
    super(
        "The metadata of "
            + issue
            + " was overwritten by another writer "
            + attempts
            + " times in a row; the change was not kept. Try again later, or write to one issue"
            + " from one process at a time.");
    this.issue = issue;
  }

  /** The issue or pull request written to. */
  public IssueRef issue() {
    return issue;
  }
}
