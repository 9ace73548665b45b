package dev.botwright.internal.dispatch;

import dev.botwright.github.IssueRef;
import dev.botwright.github.PullRequestRef;
import dev.botwright.github.RepoRef;
import io.micronaut.json.tree.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads where an event happened from its payload; a missing field throws an {@link
 * IllegalStateException} naming the field, the event and the delivery.
 */
final class PayloadCoordinates {

  private final JsonNode payload;
  private final String eventKey;
  private final String deliveryId;

  PayloadCoordinates(JsonNode payload, String eventKey, String deliveryId) {
    this.payload = payload;
    this.eventKey = eventKey;
    this.deliveryId = deliveryId;
  }

  RepoRef repo() {
    JsonNode repository = object(payload, "repository", "repo()");
    String owner =
        string(
            object(repository, "owner", "repository", "repo()"),
            "login",
            "repository.owner",
            "repo()");
    return new RepoRef(owner, string(repository, "name", "repository", "repo()"));
  }

  IssueRef issue() {
    JsonNode issue = payload.get("issue");
    if (issue != null && issue.isObject()) {
      return new IssueRef(repo(), number(issue, "issue", "issue()"));
    }
    JsonNode pull = payload.get("pull_request");
    if (pull != null && pull.isObject()) {
      return new IssueRef(repo(), number(pull, "pull_request", "issue()"));
    }
    throw missing("'issue' or 'pull_request'", "issue()");
  }

  PullRequestRef pullRequest() {
    JsonNode pull = payload.get("pull_request");
    if (pull != null && pull.isObject()) {
      return new PullRequestRef(repo(), number(pull, "pull_request", "pullRequest()"));
    }
    JsonNode issue = payload.get("issue");
    if (issue != null && issue.isObject() && present(issue.get("pull_request"))) {
      return new PullRequestRef(repo(), number(issue, "issue", "pullRequest()"));
    }
    throw missing("'pull_request' (nor an 'issue' that is a pull request)", "pullRequest()");
  }

  boolean isBot() {
    JsonNode sender = payload.get("sender");
    JsonNode type = sender == null ? null : sender.get("type");
    return type != null && type.isString() && "Bot".equals(type.getStringValue());
  }

  private JsonNode object(JsonNode parent, String field, String accessor) {
    return object(parent, field, null, accessor);
  }

  private JsonNode object(JsonNode parent, String field, @Nullable String path, String accessor) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isObject()) {
      throw missing(quote(path, field), accessor);
    }
    return node;
  }

  private String string(JsonNode parent, String field, String path, String accessor) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isString()) {
      throw missing(quote(path, field), accessor);
    }
    return node.getStringValue();
  }

  private long number(JsonNode parent, String path, String accessor) {
    JsonNode node = parent.get("number");
    if (node == null || !node.isNumber()) {
      throw missing(quote(path, "number"), accessor);
    }
    return node.getLongValue();
  }

  private static boolean present(@Nullable JsonNode node) {
    return node != null && !node.isNull();
  }

  private static String quote(@Nullable String path, String field) {
    return "'" + (path == null ? field : path + "." + field) + "'";
  }

  private IllegalStateException missing(String what, String accessor) {
    return new IllegalStateException(
        eventKey
            + " payload has no "
            + what
            + " (delivery "
            + deliveryId
            + "): "
            + accessor
            + " only works for events about one; read the payload with payload() instead");
  }
}
