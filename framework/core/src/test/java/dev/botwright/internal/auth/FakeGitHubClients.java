package dev.botwright.internal.auth;

import dev.botwright.github.Checks;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubClients;
import dev.botwright.github.GitHubResponse;
import dev.botwright.github.Issues;
import dev.botwright.github.PullRequests;
import dev.botwright.github.Repositories;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Records the app client's requests and answers them from a supplier; nothing else is faked. */
final class FakeGitHubClients implements GitHubClients, GitHubClient {

  record Call(String route, Map<String, ?> parameters) {}

  final List<Call> calls = new ArrayList<>();
  Supplier<GitHubResponse> answer;

  FakeGitHubClients(Supplier<GitHubResponse> answer) {
    this.answer = answer;
  }

  @Override
  public GitHubClient app() {
    return this;
  }

  @Override
  public GitHubClient installation(long installationId) {
    throw new UnsupportedOperationException("minting must use the app client");
  }

  @Override
  public synchronized GitHubResponse request(String route, Map<String, ?> parameters) {
    calls.add(new Call(route, Map.copyOf(parameters)));
    return answer.get();
  }

  @Override
  public <T> T request(String route, Map<String, ?> parameters, Class<T> type) {
    throw new UnsupportedOperationException("minting reads the answer as JSON");
  }

  @Override
  public Stream<JsonNode> paginate(String route, Map<String, ?> parameters) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> Stream<T> paginate(String route, Map<String, ?> parameters, Class<T> type) {
    throw new UnsupportedOperationException();
  }

  @Override
  public JsonNode graphql(String query, Map<String, ?> variables) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Issues issues() {
    throw new UnsupportedOperationException();
  }

  @Override
  public PullRequests pulls() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Checks checks() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Repositories repos() {
    throw new UnsupportedOperationException();
  }
}
