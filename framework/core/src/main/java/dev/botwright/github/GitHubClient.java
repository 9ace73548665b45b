package dev.botwright.github;

import io.micronaut.json.tree.JsonNode;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A client for GitHub's REST and GraphQL APIs, authenticated either as one installation (the usual
 * case, from {@link dev.botwright.EventContext#github()} or {@link GitHubClients#installation}) or
 * as the app itself ({@link GitHubClients#app()}).
 *
 * <p>Requests are retried on 5xx, 429 and connection errors, wait as GitHub's rate-limit rules say,
 * and writes are paced per installation. Failures throw {@link GitHubApiException}.
 */
public interface GitHubClient {

  /**
   * Calls any REST endpoint by its route, like octokit's {@code request}. Parameters named in the
   * route's {@code {placeholders}} fill the path; the rest become the query string (GET and HEAD)
   * or the JSON body (other methods, DELETE included, as octokit does). Each placeholder fills one
   * URL-encoded path segment; {@code {+name}} keeps {@code /} for file paths. A parameter named
   * {@code headers} (a {@code Map}) adds request headers, as octokit's does, e.g. {@code
   * If-None-Match} for a conditional request whose {@code 304} is returned, not thrown; it cannot
   * replace {@code Authorization}. Absolute URLs are refused: requests only go to the configured
   * API.
   *
   * <pre>{@code
   * github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
   *     Map.of("owner", "octocat", "repo", "hello", "issue_number", 1, "body", "Hi"));
   * }</pre>
   *
   * @throws GitHubApiException when GitHub answers with an error status
   */
  GitHubResponse request(String route, Map<String, ?> parameters);

  /** {@link #request(String, Map)} without parameters. */
  default GitHubResponse request(String route) {
    return request(route, Map.of());
  }

  /**
   * {@link #request(String, Map)}, with the answer read into {@code type}: a record of Botwright's
   * model ({@code dev.botwright.event}, e.g. {@code Issue} or {@code PullRequest}), read as
   * strictly as payloads are (a field GitHub's description says is always there must be), a {@code
   * JsonNode}, or any type the application's serde can read.
   *
   * <pre>{@code
   * Release latest = github.request("GET /repos/{owner}/{repo}/releases/latest",
   *     Map.of("owner", "octocat", "repo", "hello"), Release.class);
   * }</pre>
   *
   * @throws GitHubApiException when GitHub answers with an error status
   * @throws dev.botwright.json.JsonBindingException when the answer lacks a field the record
   *     requires, naming it
   */
  <T> T request(String route, Map<String, ?> parameters, Class<T> type);

  /**
   * Lazily follows {@code Link: rel="next"} headers and streams every item of every page. For
   * endpoints that wrap their items (e.g. {@code GET /installation/repositories}), the items are
   * taken from the one array field of the response object.
   */
  Stream<JsonNode> paginate(String route, Map<String, ?> parameters);

  /**
   * {@link #paginate(String, Map)}, each item read into {@code type} as {@link #request(String,
   * Map, Class)} reads an answer; an item that cannot be read fails the stream, naming it.
   */
  <T> Stream<T> paginate(String route, Map<String, ?> parameters, Class<T> type);

  /**
   * Runs a GraphQL query and returns its {@code data}.
   *
   * @throws GitHubApiException when the response has {@code errors}
   */
  JsonNode graphql(String query, Map<String, ?> variables);

  /** Issues, comments, labels and reactions on issues. */
  Issues issues();

  /** Pull requests and reviews. */
  PullRequests pulls();

  /** Check runs, check suites, commit statuses and workflow runs. */
  Checks checks();

  /** Repositories and their contents. */
  Repositories repos();
}
