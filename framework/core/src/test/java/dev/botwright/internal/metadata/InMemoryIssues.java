package dev.botwright.internal.metadata;

import dev.botwright.github.Checks;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import dev.botwright.github.Issues;
import dev.botwright.github.PullRequests;
import dev.botwright.github.Repositories;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A client that knows one issue's body and only the two routes metadata uses, recording each call;
 * {@link #afterPatch} lets a test act as another process between a write and its read-back.
 */
final class InMemoryIssues implements GitHubClient {

  volatile String body;
  final List<String> calls = new ArrayList<>();
  Runnable afterPatch = () -> {};

  InMemoryIssues(String body) {
    this.body = body;
  }

  @Override
  public synchronized GitHubResponse request(String route, Map<String, ?> parameters) {
    calls.add(route);
    if (route.startsWith("PATCH ")) {
      body = (String) parameters.get("body");
      Runnable hook = afterPatch;
      afterPatch = () -> {};
      hook.run();
    } else if (!route.startsWith("GET ")) {
      throw new AssertionError("unexpected " + route);
    }
    JsonNode issue =
        JsonNode.createObjectNode(
            Map.of(
                "number",
                JsonNode.createNumberNode(1),
                "body",
                body == null ? JsonNode.nullNode() : JsonNode.createStringNode(body)));
    return new GitHubResponse(200, Map.of(), issue);
  }

  @Override
  public <T> T request(String route, Map<String, ?> parameters, Class<T> type) {
    throw new UnsupportedOperationException();
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
