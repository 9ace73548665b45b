package dev.botwright.github;

import org.jspecify.annotations.Nullable;

/**
 * GitHub answered a request with an error, or could not be reached. The message names the route,
 * the status and GitHub's own message; it never contains a token.
 */
public class GitHubApiException extends RuntimeException {

  private final int status;
  private final String route;
  private final @Nullable String githubMessage;

  /**
   * @param status the HTTP status, or 0 when GitHub could not be reached
   * @param route the route, e.g. {@code "POST /repos/{owner}/{repo}/issues"}
   * @param githubMessage GitHub's {@code message}, or a description of the transport error
   * @param cause the underlying error, if any
   */
  public GitHubApiException(
      int status, String route, @Nullable String githubMessage, @Nullable Throwable cause) {
    super(describe(status, route, githubMessage), cause);
    this.status = status;
    this.route = route;
    this.githubMessage = githubMessage;
  }

  private static String describe(int status, String route, @Nullable String githubMessage) {
    String what = status == 0 ? "could not reach GitHub" : "GitHub answered " + status;
    return route + ": " + what + (githubMessage == null ? "" : ": " + githubMessage);
  }

  /** The HTTP status, or 0 when GitHub could not be reached. */
  public int status() {
    return status;
  }

  /** The route that failed, e.g. {@code "POST /repos/{owner}/{repo}/issues"}. */
  public String route() {
    return route;
  }

  /** GitHub's own {@code message}, if it sent one. */
  public @Nullable String githubMessage() {
    return githubMessage;
  }
}
