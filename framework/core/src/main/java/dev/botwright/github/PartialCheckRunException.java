package dev.botwright.github;

import dev.botwright.event.CheckRun;
import java.util.Objects;

/**
 * A check run with more than 50 annotations was created or updated, but one of the requests that
 * carry the rest failed: the run exists, with the annotations of the requests that succeeded.
 * {@link #checkRun()} is the run as GitHub last answered, and {@link #annotationsSent()} says how
 * many annotations it has from this call; send the others again with {@link Checks#updateCheckRun},
 * or update the run's summary to say the report is incomplete.
 */
public class PartialCheckRunException extends GitHubApiException {

  private final transient CheckRun checkRun;
  private final int annotationsSent;
  private final int annotationsTotal;

  /**
   * @param cause the failure of the request that did not go through
   * @param checkRun the run as GitHub answered the last request that succeeded
   * @param annotationsSent how many annotations GitHub accepted before the failure
   * @param annotationsTotal how many the call had to send
   */
  public PartialCheckRunException(
      GitHubApiException cause, CheckRun checkRun, int annotationsSent, int annotationsTotal) {
    super(cause.status(), cause.route(), cause.githubMessage(), cause);
    this.checkRun = checkRun;
    this.annotationsSent = annotationsSent;
    this.annotationsTotal = annotationsTotal;
  }

  @Override
  public String getMessage() {
    return Objects.requireNonNull(getCause()).getMessage()
        + ". Check run "
        + checkRun.id()
        + " ('"
        + checkRun.name()
        + "') has "
        + annotationsSent
        + " of the "
        + annotationsTotal
        + " annotations; send the other "
        + (annotationsTotal - annotationsSent)
        + " with updateCheckRun(repo, "
        + checkRun.id()
        + ", ...)";
  }

  /** The run as GitHub answered the last request that succeeded; it exists on GitHub. */
  public CheckRun checkRun() {
    return checkRun;
  }

  /** How many annotations GitHub accepted before the failure (the first ones, in order). */
  public int annotationsSent() {
    return annotationsSent;
  }

  /** How many annotations the call had to send. */
  public int annotationsTotal() {
    return annotationsTotal;
  }
}
