package dev.botwright.processor;

import io.micronaut.inject.ast.ClassElement;
import io.micronaut.inject.visitor.VisitorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a typed payload parameter can hold every event its handler receives. A type annotated
 * {@code @GitHubEvent("issues")} (the event's sealed interface) holds every {@code issues} action;
 * one annotated {@code @GitHubEvent("issues.opened")} (an action's record) holds only that action.
 */
final class PayloadCheck {

  static final String GITHUB_EVENT = "dev.botwright.event.GitHubEvent";
  private static final String PAYLOAD_PACKAGE = "dev.botwright.event.";

  private final VisitorContext context;

  PayloadCheck(VisitorContext context) {
    this.context = context;
  }

  /** One message per handled key the payload type cannot hold; empty for non-payload types. */
  List<String> problems(ClassElement type, String handler, List<String> keys) {
    Optional<String> held = type.stringValue(GITHUB_EVENT);
    if (held.isEmpty()) {
      return List.of();
    }
    String payload = displayName(type);
    String heldKey = held.get();
    boolean oneAction = heldKey.contains(".");
    String heldEvent = eventOf(heldKey);
    List<String> problems = new ArrayList<>();
    for (String key : keys) {
      if (EventKeyCheck.EVERY_EVENT.equals(key)) {
        problems.add(
            payload
                + " holds only '"
                + heldKey
                + "' payloads, but "
                + handler
                + " handles '*' (every event). A typed payload needs specific events:"
                + " handle '"
                + heldKey
                + "', or take WebhookEvent or the raw JsonNode.");
        continue;
      }
      String event = eventOf(key);
      if (!event.equals(heldEvent)) {
        problems.add(
            payload
                + " holds '"
                + heldKey
                + "' payloads, but "
                + handler
                + " handles '"
                + key
                + "'. Use "
                + payloadFor(key)
                + ", or handle '"
                + heldKey
                + "' events.");
      } else if (oneAction && !key.equals(heldKey)) {
        problems.add(
            payload
                + " holds only '"
                + heldKey
                + "' payloads, but "
                + handler
                + " handles '"
                + key
                + "'. Use "
                + payloadFor(event)
                + " for several actions of the event, or handle only '"
                + heldKey
                + "'.");
      }
    }
    return problems;
  }

  /**
   * The payload type for an event or event key by Botwright's naming ({@code issues.opened} is
   * {@code IssuesEvent.Opened}), falling back to the whole event's type, then the raw JsonNode.
   */
  private String payloadFor(String key) {
    String event = eventOf(key);
    String eventType = pascal(event) + "Event";
    if (key.contains(".")) {
      String actionType = eventType + "." + pascal(key.substring(key.indexOf('.') + 1));
      if (holds(actionType, key)) {
        return actionType;
      }
    }
    return holds(eventType, event) ? eventType : "the raw JsonNode";
  }

  private boolean holds(String simpleName, String key) {
    return context
        .getClassElement(PAYLOAD_PACKAGE + simpleName)
        .or(() -> context.getClassElement(PAYLOAD_PACKAGE + simpleName.replace('.', '$')))
        .filter(c -> c.stringValue(GITHUB_EVENT).filter(key::equals).isPresent())
        .isPresent();
  }

  private static String pascal(String words) {
    StringBuilder name = new StringBuilder();
    for (String word : words.split("_")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }

  /** {@code IssuesEvent.Opened} for the nested record, as a Java author writes it. */
  private static String displayName(ClassElement type) {
    String name = type.getName();
    String simple = name.substring(name.lastIndexOf('.') + 1);
    return simple.replace('$', '.');
  }

  private static String eventOf(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
