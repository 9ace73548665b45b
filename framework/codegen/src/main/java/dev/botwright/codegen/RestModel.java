package dev.botwright.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of the REST operations Botwright's typed helpers call, read from {@code
 * @octokit/openapi} into the same records as the webhook payloads: GitHub describes an issue in a
 * payload and in an answer with the same title, so both are {@code Issue}.
 */
final class RestModel {

  /** The operations whose answers are typed, as {@code METHOD /path}. */
  static final List<String> ROUTES =
      List.of(
          "GET /repos/{owner}/{repo}/issues/{issue_number}",
          "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
          "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
          "POST /repos/{owner}/{repo}/labels",
          "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
          "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions",
          "GET /repos/{owner}/{repo}/pulls/{pull_number}",
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
          "PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge",
          "POST /repos/{owner}/{repo}/check-runs",
          "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}",
          "POST /repos/{owner}/{repo}/statuses/{sha}",
          "GET /repos/{owner}/{repo}/contents/{path}",
          "PUT /repos/{owner}/{repo}/contents/{path}",
          "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
          "GET /app/installations",
          "GET /installation/repositories",
          "GET /repos/{owner}/{repo}",
          "GET /repos/{owner}/{repo}/commits/{ref}",
          "GET /repos/{owner}/{repo}/releases/latest",
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
          "GET /repos/{owner}/{repo}/branches/{branch}",
          "POST /repos/{owner}/{repo}/git/refs");

  /** Each route's answer type. */
  final Map<String, TypeRef> answers = new LinkedHashMap<>();

  /** Reads every route's success answer into {@code builder}, after the webhooks. */
  static RestModel add(ModelBuilder builder, Schemas rest, Naming naming) {
    builder.use(rest, naming);
    RestModel model = new RestModel();
    for (String route : ROUTES) {
      String[] parts = route.split(" ", 2);
      JsonNode operation =
          rest.document().path("paths").path(parts[1]).path(parts[0].toLowerCase());
      JsonNode schema = null;
      for (String status : List.of("200", "201")) {
        JsonNode answer = operation.path("responses").path(status);
        if (!answer.isMissingNode()) {
          schema = answer.path("content").path("application/json").path("schema");
          break;
        }
      }
      if (schema == null || schema.isMissingNode()) {
        throw new IllegalStateException("The REST description has no JSON answer for " + route);
      }
      String owner = Naming.pascal(operation.path("operationId").asText(route)) + "Answer";
      TypeRef type = builder.resolve(schema, new ModelBuilder.Hint(owner, false, ""), route).type();
      model.answers.put(route, type);
    }
    return model;
  }
}
