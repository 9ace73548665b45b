package dev.botwright.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micronaut.json.tree.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The issues a test gave state with {@link FakeGitHub#stubIssue}: {@code GET} answers the issue
 * with its current body, {@code PATCH} with a {@code body} replaces it, as GitHub does (last write
 * wins, no compare-and-set).
 */
final class IssueBodies implements ResponseDefinitionTransformerV2 {

  static final String NAME = "botwright-issue-bodies";

  /** Body by issue path, e.g. {@code /repos/octo/hello/issues/1}. */
  private final Map<String, String> bodies = new ConcurrentHashMap<>();

  void put(String path, String body) {
    bodies.put(path, body);
  }

  Optional<String> get(String path) {
    return Optional.ofNullable(bodies.get(path));
  }

  void clear() {
    bodies.clear();
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    var request = serveEvent.getRequest();
    String path = request.getUrl().split("\\?", 2)[0];
    if (request.getMethod().getName().equals("PATCH")) {
      JsonNode change = JsonTree.parse(request.getBody(), "the PATCH body");
      JsonNode body = change.get("body");
      if (body != null && body.isString()) {
        bodies.put(path, body.getStringValue());
      }
    }
    String[] segments = path.split("/");
    Map<String, JsonNode> issue = new LinkedHashMap<>();
    issue.put("number", JsonNode.createNumberNode(Long.parseLong(segments[5])));
    issue.put("state", JsonNode.createStringNode("open"));
    issue.put("body", JsonNode.createStringNode(bodies.getOrDefault(path, "")));
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(
            new String(JsonTree.write(JsonNode.createObjectNode(issue)), StandardCharsets.UTF_8))
        .build();
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
