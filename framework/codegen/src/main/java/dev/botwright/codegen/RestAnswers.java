package dev.botwright.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The shapes of the REST answers Botwright types: per route whose answer is a record or a list of
 * records, what GitHub's description says such an answer always has (a list holds one item of that
 * shape). FakeGitHub completes answers with them; tests answer with them.
 */
public final class RestAnswers {

  private RestAnswers() {}

  /** Route ({@code POST /repos/{owner}/{repo}/issues}) to its answer's shape. */
  public static ObjectNode templates() {
    Schemas webhooks =
        Schemas.load(GenerateModels.WEBHOOKS_SCHEMA, GenerateModels.WEBHOOKS_VERSION);
    WebhookModel model = WebhookModel.build(webhooks, WebhookNaming.NAMING);
    Schemas rest = Schemas.load(GenerateModels.REST_SCHEMA, GenerateModels.REST_VERSION);
    return templates(RestModel.add(model.builder, rest, WebhookNaming.REST), rest);
  }

  static ObjectNode templates(RestModel rest, Schemas restSchemas) {
    SchemaPayloads shapes = new SchemaPayloads(restSchemas);
    ObjectNode all = JsonNodeFactory.instance.objectNode();
    rest.schemas.forEach(
        (route, schema) -> {
          TypeRef type = rest.answers.get(route);
          boolean record =
              type instanceof TypeRef.ObjectRef
                  || type instanceof TypeRef.ListRef list
                      && list.item() instanceof TypeRef.ObjectRef;
          if (record) {
            JsonNode shape = shapes.templateOf(schema);
            all.set(route, shape);
          }
        });
    return all;
  }
}
