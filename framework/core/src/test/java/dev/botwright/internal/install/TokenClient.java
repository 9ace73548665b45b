package dev.botwright.internal.install;

import dev.botwright.github.Checks;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import dev.botwright.github.Issues;
import dev.botwright.github.PullRequests;
import dev.botwright.github.Repositories;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A user's client for tests: GET requests with a bearer token, path parameters filled in, following
 * {@code Link: rel="next"} when paginating.
 */
final class TokenClient implements GitHubClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

  private final String apiUrl;
  private final String token;
  private final JsonMapper json;

  TokenClient(String apiUrl, String token, JsonMapper json) {
    this.apiUrl = apiUrl;
    this.token = token;
    this.json = json;
  }

  @Override
  public GitHubResponse request(String route, Map<String, ?> parameters) {
    return get(URI.create(apiUrl + path(route, parameters)), route);
  }

  @Override
  public <T> T request(String route, Map<String, ?> parameters, Class<T> type) {
    throw new UnsupportedOperationException("the index only lists installations");
  }

  @Override
  public <T> Stream<T> paginate(String route, Map<String, ?> parameters, Class<T> type) {
    throw new UnsupportedOperationException("the index lists installations as JSON");
  }

  @Override
  public Stream<JsonNode> paginate(String route, Map<String, ?> parameters) {
    List<JsonNode> items = new ArrayList<>();
    URI next = URI.create(apiUrl + path(route, parameters));
    while (next != null) {
      GitHubResponse page = get(next, route);
      JsonNode body = page.body();
      JsonNode array = body.isArray() ? body : body.get(wrapper(route));
      array.values().forEach(items::add);
      Matcher m = NEXT.matcher(page.header("link").orElse(""));
      next = m.find() ? URI.create(m.group(1)) : null;
    }
    return items.stream();
  }

  /** The field GitHub wraps a list in: the route's last word. */
  private static String wrapper(String route) {
    return route.substring(route.lastIndexOf('/') + 1);
  }

  private static String path(String route, Map<String, ?> parameters) {
    String path = route.substring(route.indexOf(' ') + 1);
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
      String placeholder = "{" + parameter.getKey() + "}";
      if (path.contains(placeholder)) {
        path = path.replace(placeholder, String.valueOf(parameter.getValue()));
      } else {
        query
            .append(query.length() == 0 ? "?" : "&")
            .append(parameter.getKey())
            .append('=')
            .append(parameter.getValue());
      }
    }
    return path + query;
  }

  private GitHubResponse get(URI uri, String route) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 400) {
        throw new GitHubApiException(response.statusCode(), route, "failed", null);
      }
      Map<String, List<String>> headers = new java.util.HashMap<>();
      response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), v));
      return new GitHubResponse(
          response.statusCode(), headers, json.readValue(response.body(), JsonNode.class));
    } catch (IOException e) {
      throw new GitHubApiException(0, route, e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public JsonNode graphql(String query, Map<String, ?> variables) {
    throw new UnsupportedOperationException("not needed by these tests");
  }

  @Override
  public Issues issues() {
    throw new UnsupportedOperationException("not needed by these tests");
  }

  @Override
  public PullRequests pulls() {
    throw new UnsupportedOperationException("not needed by these tests");
  }

  @Override
  public Checks checks() {
    throw new UnsupportedOperationException("not needed by these tests");
  }

  @Override
  public Repositories repos() {
    throw new UnsupportedOperationException("not needed by these tests");
  }
}
