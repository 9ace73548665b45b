package dev.botwright.github;

import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A response from GitHub's REST API.
 *
 * @param status the HTTP status
 * @param headers response headers, names in lower case
 * @param body the JSON body ({@link JsonNode#nullNode()} when there is none)
 */
public record GitHubResponse(int status, Map<String, List<String>> headers, JsonNode body) {

  public GitHubResponse {
    headers = Map.copyOf(headers);
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
