package dev.botwright.processor;

import io.micronaut.inject.ast.ClassElement;
import io.micronaut.inject.visitor.VisitorContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
      return unknownActionRecord(type, handler);
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
      } else if (!eventOf(key).equals(heldEvent)) {
        problems.add(
            payload
                + " holds '"
                + heldKey
                + "' payloads, but "
                + handler
                + " handles '"
                + key
                + "'. Use "
                + payloadFor(keys)
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
                + payloadFor(keys)
                + ", or handle only '"
                + heldKey
                + "'.");
      }
    }
    return problems;
  }

  /**
   * The narrowest type that holds every key a handler handles, by Botwright's naming: the action's
   * record for one action ({@code issues.opened} is {@code IssuesEvent.Opened}), else the event's
   * type, else the raw JsonNode; {@code WebhookEvent} for several events.
   */
  private String payloadFor(List<String> keys) {
    Set<String> events = new HashSet<>();
    keys.forEach(key -> events.add(eventOf(key)));
    if (events.size() > 1 || events.contains(EventKeyCheck.EVERY_EVENT)) {
      return "WebhookEvent or the raw JsonNode";
    }
    String event = events.iterator().next();
    String eventType = pascal(event) + "Event";
    String key = keys.get(0);
    if (keys.size() == 1 && key.contains(".")) {
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

  /**
   * An event's {@code Other} record holds only actions GitHub added after the model was generated,
   * which no handler can name; a handler taking it would never be called with it.
   */
  private static List<String> unknownActionRecord(ClassElement type, String handler) {
    Optional<ClassElement> event = type.getEnclosingType();
    if (event.isEmpty()
        || !type.getSimpleName().endsWith("Other")
        || event.get().stringValue(GITHUB_EVENT).isEmpty()) {
      return List.of();
    }
    String eventType = displayName(event.get());
    return List.of(
        displayName(type)
            + " holds only actions GitHub added after this version of Botwright, which "
            + handler
            + " cannot name. Take "
            + eventType
            + " and test for "
            + displayName(type)
            + " with instanceof, or take the action's record.");
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
