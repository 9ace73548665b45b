package dev.botwright.internal.client;

import dev.botwright.github.Checks;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import dev.botwright.github.Issues;
import dev.botwright.github.PullRequests;
import dev.botwright.github.Repositories;
import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/** A client bound to one authorizer (app or installation) and optionally one delivery. */
final class DefaultGitHubClient implements GitHubClient {

  private final RequestExecutor executor;
  private final Endpoints endpoints;
  private final RequestAuthorizer authorizer;
  private final @Nullable String deliveryId;
  private final Answers answers;

  DefaultGitHubClient(
      RequestExecutor executor,
      Endpoints endpoints,
      RequestAuthorizer authorizer,
      @Nullable String deliveryId) {
    this.executor = executor;
    this.endpoints = endpoints;
    this.authorizer = authorizer;
    this.deliveryId = deliveryId;
    this.answers = new Answers(executor.json());
  }

  @Override
  public GitHubResponse request(String route, Map<String, ?> parameters) {
    HttpExchange answer = exchange(route, parameters);
    return new GitHubResponse(
        answer.status(), answer.headers(), executor.json().read(answer.body()));
  }

  @Override
  public <T> T request(String route, Map<String, ?> parameters, Class<T> type) {
    Route parsed = Route.parse(route);
    Map<String, Object> rest = new LinkedHashMap<>();
    HttpExchange answer = exchange(parsed, parameters, rest);
    if (DryRunTransport.isEmptyAnswer(answer) && type != JsonNode.class) {
      return DryRunAnswers.answer(parsed, rest, type, answers, executor.json());
    }
    return answers.read(answer.body(), type, parsed);
  }

  private HttpExchange exchange(String route, Map<String, ?> parameters) {
    return exchange(Route.parse(route), parameters, new LinkedHashMap<>());
  }

  /** Sends {@code parameters}; those that went into the query or the body are left in rest. */
  private HttpExchange exchange(Route parsed, Map<String, ?> parameters, Map<String, Object> rest) {
    String path = parsed.expand(parameters, rest);
    Map<String, String> headers = RequestHeaders.take(rest, parsed);
    if (parsed.usesQuery() || rest.isEmpty()) {
      return exchange(parsed, endpoints.rest(path, query(rest)), null, headers);
    }
    return exchange(parsed, endpoints.rest(path, ""), executor.json().write(rest), headers);
  }

  /** Sends to an absolute URI already checked to be on the configured host. */
  HttpExchange exchange(Route route, URI uri, byte @Nullable [] body) {
    return exchange(route, uri, body, Map.of());
  }

  private HttpExchange exchange(
      Route route, URI uri, byte @Nullable [] body, Map<String, String> headers) {
    return executor.exchange(authorizer, deliveryId, route, uri, body, headers);
  }

  @Override
  public Stream<JsonNode> paginate(String route, Map<String, ?> parameters) {
    Route parsed = Route.parse(route);
    return pages(parsed, parameters, body -> Answers.nodes(executor.json().read(body), parsed));
  }

  @Override
  public <T> Stream<T> paginate(String route, Map<String, ?> parameters, Class<T> type) {
    Route parsed = Route.parse(route);
    return pages(parsed, parameters, body -> answers.items(body, type, parsed));
  }

  private <T> Stream<T> pages(
      Route route, Map<String, ?> parameters, Function<byte[], List<T>> items) {
    if (!route.method().equals("GET")) {
      throw new IllegalArgumentException("Only GET routes can be paginated, not '" + route + "'");
    }
    Map<String, Object> withPageSize = new LinkedHashMap<>(parameters);
    withPageSize.putIfAbsent("per_page", 100);
    Map<String, Object> rest = new LinkedHashMap<>();
    String path = route.expand(withPageSize, rest);
    URI first = endpoints.rest(path, query(rest));
    return StreamSupport.stream(new PageSpliterator<>(this, endpoints, route, first, items), false);
  }

  @Override
  public JsonNode graphql(String query, Map<String, ?> variables) {
    Route route = new Route("POST", "/graphql");
    byte[] body = executor.json().write(Map.of("query", query, "variables", variables));
    JsonNode answer = executor.json().read(exchange(route, endpoints.graphql(), body).body());
    JsonNode errors = answer.isObject() ? answer.get("errors") : null;
    if (errors != null && errors.isArray() && errors.size() > 0) {
      StringJoiner messages = new StringJoiner("; ");
      for (int i = 0; i < Math.min(3, errors.size()); i++) {
        JsonNode message = errors.get(i).isObject() ? errors.get(i).get("message") : null;
        messages.add(message == null ? errors.get(i).toString() : message.coerceStringValue());
      }
      throw new GitHubApiException(200, "POST /graphql", messages.toString(), null);
    }
    JsonNode data = answer.isObject() ? answer.get("data") : null;
    return data == null ? JsonNode.nullNode() : data;
  }

  @Override
  public Issues issues() {
    return new DefaultIssues(this);
  }

  @Override
  public PullRequests pulls() {
    return new DefaultPullRequests(this);
  }

  @Override
  public Checks checks() {
    return new DefaultChecks(this);
  }

  @Override
  public Repositories repos() {
    return new DefaultRepositories(this);
  }

  private static String query(Map<String, Object> parameters) {
    StringJoiner query = new StringJoiner("&");
    parameters.forEach(
        (name, value) -> {
          String text =
              value instanceof Collection<?> items
                  ? String.join(",", items.stream().map(String::valueOf).toList())
                  : String.valueOf(value);
          query.add(Route.encodeSegment(name) + "=" + Route.encodeSegment(text));
        });
    return query.toString();
  }
}
