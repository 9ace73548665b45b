package dev.botwright.processor;

import io.micronaut.inject.ast.ClassElement;
import io.micronaut.inject.visitor.VisitorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a typed payload parameter (a type annotated {@code @GitHubEvent("issues")}) can hold
 * every event its handler receives.
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
    String payload = type.getSimpleName();
    String heldEvent = held.get();
    List<String> problems = new ArrayList<>();
    for (String key : keys) {
      if (EventKeyCheck.EVERY_EVENT.equals(key)) {
        problems.add(
            payload
                + " holds only '"
                + heldEvent
                + "' payloads, but "
                + handler
                + " handles '*' (every event). A typed payload needs specific events:"
                + " handle '"
                + heldEvent
                + "' events, or take the raw JsonNode.");
        continue;
      }
      String event = eventOf(key);
      if (!event.equals(heldEvent)) {
        problems.add(
            payload
                + " holds '"
                + heldEvent
                + "' payloads, but "
                + handler
                + " handles '"
                + key
                + "'. Use "
                + payloadFor(event)
                + ", or handle '"
                + heldEvent
                + "' events.");
      }
    }
    return problems;
  }

  /** The payload type for an event by Botwright's naming, or the raw JsonNode if there is none. */
  private String payloadFor(String event) {
    StringBuilder name = new StringBuilder();
    for (String word : event.split("_")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    String simpleName = name + "Event";
    return context
        .getClassElement(PAYLOAD_PACKAGE + simpleName)
        .filter(c -> c.stringValue(GITHUB_EVENT).filter(event::equals).isPresent())
        .map(c -> simpleName)
        .orElse("the raw JsonNode");
  }

  private static String eventOf(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
