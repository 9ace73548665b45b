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

  /** The operations whose answers are typed, as {@code METHOD /path}, from rest-answers.txt. */
  static List<String> routes() {
    try (java.io.InputStream in =
        RestModel.class.getClassLoader().getResourceAsStream("schemas/rest-answers.txt")) {
      if (in == null) {
        throw new IllegalStateException("No schemas/rest-answers.txt on the generator's classpath");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .map(String::trim)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Each route's answer type. */
  final Map<String, TypeRef> answers = new LinkedHashMap<>();

  /** Each route's answer schema, for the answers FakeGitHub completes. */
  final Map<String, JsonNode> schemas = new LinkedHashMap<>();

  /** Reads every route's success answer into {@code builder}, after the webhooks. */
  static RestModel add(ModelBuilder builder, Schemas rest, Naming naming) {
    builder.use(rest, naming);
    RestModel model = new RestModel();
    for (String route : routes()) {
      String[] parts = route.split(" ", 2);
      JsonNode operation =
          rest.document().path("paths").path(parts[1]).path(parts[0].toLowerCase());
      JsonNode schema = null;
      for (String status : List.of("200", "201", "202")) {
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
      model.schemas.put(route, schema);
    }
    return model;
  }
}
