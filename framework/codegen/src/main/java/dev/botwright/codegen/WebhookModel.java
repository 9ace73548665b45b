package dev.botwright.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every webhook event and action of {@code @octokit/openapi-webhooks} as records: one record per
 * action, nested in the event's sealed interface ({@code IssuesEvent.Opened}), or one record for an
 * event without actions ({@code PushEvent}).
 */
final class WebhookModel {

  /**
   * One delivery shape: {@code issues.opened}, or {@code push} (no action).
   *
   * @param description GitHub's sentence on when it is sent, or null
   */
  record Action(String action, String recordName, String key, String description) {}

  /** An event and its actions. */
  static final class EventSpec {
    final String event;
    final String typeName;
    final List<Action> actions = new ArrayList<>();

    /** The payload's {@code action} is free text chosen by the sender (repository_dispatch). */
    boolean freeAction;

    /** GitHub's description of the event: when it occurs and the permission it needs. */
    String summary;

    EventSpec(String event) {
      this.event = event;
      this.typeName = Naming.pascal(event) + "Event";
    }

    /** Whether the event has a record per action under a sealed interface. */
    boolean sealed() {
      return !actions.isEmpty() && actions.get(0).action() != null && !freeAction;
    }
  }

  final Schemas schemas;
  final ModelBuilder builder;
  final Map<String, EventSpec> events = new TreeMap<>();

  private WebhookModel(Schemas schemas, ModelBuilder builder) {
    this.schemas = schemas;
    this.builder = builder;
  }

  static WebhookModel build(Schemas schemas, Naming naming) {
    WebhookModel model = new WebhookModel(schemas, new ModelBuilder(schemas, naming));
    model.addWebhooks();
    for (EventSpec spec : model.events.values()) {
      if (spec.sealed()) {
        model.builder.unifyAcrossActions(
            spec.typeName, spec.actions.stream().map(Action::recordName).toList());
      }
    }
    // Each edit event describes its changes.title, changes.body... as {"from": "old"} anew.
    model.builder.unify(
        record ->
            record.fields.size() == 1
                && record.fields.containsKey("from")
                && record.fields.get("from").type == TypeRef.Scalar.STRING,
        "Change");
    model.builder.finish();
    return model;
  }

  private void addWebhooks() {
    Iterator<Map.Entry<String, JsonNode>> webhooks = schemas.document().path("webhooks").fields();
    if (!webhooks.hasNext()) {
      throw new IllegalStateException("The document has no webhooks section");
    }
    while (webhooks.hasNext()) {
      Map.Entry<String, JsonNode> webhook = webhooks.next();
      JsonNode operation = webhook.getValue().path("post");
      String operationId = operation.path("operationId").asText();
      if (operationId.isEmpty()) {
        throw new IllegalStateException("Webhook " + webhook.getKey() + " has no operationId");
      }
      String[] parts = operationId.split("/");
      String event = parts[0].replace('-', '_');
      String actionPart = parts.length > 1 ? parts[1].replace('-', '_') : null;
      JsonNode payload =
          operation.path("requestBody").path("content").path("application/json").path("schema");
      Set<String> actions = new LinkedHashSet<>();
      boolean hasAction = collectActions(payload, actions);
      EventSpec spec = events.computeIfAbsent(event, EventSpec::new);
      String action;
      if (!actions.isEmpty()) {
        if (actions.size() != 1 || !actions.iterator().next().equals(actionPart)) {
          throw new IllegalStateException(
              "Webhook "
                  + webhook.getKey()
                  + ": operationId "
                  + operationId
                  + " disagrees with the action enum "
                  + actions);
        }
        action = actionPart;
      } else {
        action = null;
        spec.freeAction = hasAction;
      }
      String key = action == null ? event : event + "." + action;
      String recordName =
          action == null ? spec.typeName : spec.typeName + "." + Naming.pascal(action);
      if (spec.actions.stream().anyMatch(a -> a.key().equals(key))) {
        throw new IllegalStateException("Webhook " + webhook.getKey() + ": duplicate " + key);
      }
      String description = ModelBuilder.text(operation, "description");
      spec.actions.add(new Action(action, recordName, key, description));
      if (spec.summary == null) {
        spec.summary = ModelBuilder.text(operation, "summary");
      }
      RecordSpec record = builder.addRoot(recordName, payload, true, Set.of("action"), key);
      record.eventKey = key;
      if (description != null) {
        record.description = description;
      } else if (spec.summary != null) {
        record.description = spec.summary;
      }
    }
    for (EventSpec spec : events.values()) {
      boolean mixed =
          spec.actions.stream().anyMatch(a -> a.action() == null)
              && spec.actions.stream().anyMatch(a -> a.action() != null);
      if (mixed) {
        throw new IllegalStateException(
            "Event " + spec.event + " mixes payloads with and without actions");
      }
      spec.actions.sort((a, b) -> a.key().compareTo(b.key()));
    }
  }

  /** Every webhook's event key ({@code issues.opened}, {@code push}) to its payload schema. */
  static Map<String, JsonNode> payloadSchemas(Schemas schemas) {
    WebhookModel model = new WebhookModel(schemas, null);
    Map<String, JsonNode> keys = new java.util.LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> webhooks = schemas.document().path("webhooks").fields();
    while (webhooks.hasNext()) {
      JsonNode operation = webhooks.next().getValue().path("post");
      String[] parts = operation.path("operationId").asText().split("/");
      String event = parts[0].replace('-', '_');
      JsonNode payload =
          operation.path("requestBody").path("content").path("application/json").path("schema");
      Set<String> actions = new LinkedHashSet<>();
      model.collectActions(payload, actions);
      keys.put(actions.isEmpty() ? event : event + "." + actions.iterator().next(), payload);
    }
    return keys;
  }

  /** Adds the payload's {@code action} enum values; true when it has an action at all. */
  private boolean collectActions(JsonNode schema, Set<String> actions) {
    JsonNode node = schemas.deref(schema);
    boolean has = false;
    JsonNode action = node.path("properties").path("action");
    if (!action.isMissingNode()) {
      has = true;
      schemas.deref(action).path("enum").forEach(v -> actions.add(v.asText()));
    }
    for (String union : List.of("oneOf", "anyOf", "allOf")) {
      for (JsonNode part : node.path(union)) {
        has |= collectActions(part, actions);
      }
    }
    return has;
  }
}
