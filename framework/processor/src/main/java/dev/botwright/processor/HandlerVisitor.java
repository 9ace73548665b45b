package dev.botwright.processor;

import io.micronaut.core.annotation.Internal;
import io.micronaut.inject.ast.MethodElement;
import io.micronaut.inject.ast.ParameterElement;
import io.micronaut.inject.visitor.TypeElementQuery;
import io.micronaut.inject.visitor.TypeElementVisitor;
import io.micronaut.inject.visitor.VisitorContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Fails compilation when a {@code @OnEvent}, {@code @OnDeliveryError} or {@code @Command} handler
 * cannot work: an event name GitHub never sends, a typed payload that does not match the events
 * handled, a method Botwright cannot call, or a {@code @Sequential} that cannot apply. Annotations
 * are matched by name because this processor does not depend on the runtime module.
 */
@Internal
public final class HandlerVisitor implements TypeElementVisitor<Object, Object> {

  static final String ON_EVENT = "dev.botwright.OnEvent";
  static final String ON_DELIVERY_ERROR = "dev.botwright.OnDeliveryError";
  static final String DELIVERY_FAILURE = "dev.botwright.DeliveryFailure";

  private EventKeyCheck keyCheck;
  private PayloadCheck payloadCheck;
  private final CommandCheck commandCheck = new CommandCheck();

  /** Creates the visitor; Micronaut's annotation processor loads it as a service. */
  public HandlerVisitor() {}

  @Override
  public Set<String> getSupportedAnnotationNames() {
    return Set.of(ON_EVENT, ON_DELIVERY_ERROR, SequentialCheck.SEQUENTIAL, CommandCheck.COMMAND);
  }

  @Override
  public VisitorKind getVisitorKind() {
    return VisitorKind.ISOLATING;
  }

  @Override
  public TypeElementQuery query() {
    return TypeElementQuery.onlyMethods();
  }

  @Override
  public void visitMethod(MethodElement method, VisitorContext context) {
    // Inherited methods are checked where they are declared, so each mistake is reported once.
    if (!method.getDeclaringType().getName().equals(method.getOwningType().getName())) {
      return;
    }
    String handler = method.getDeclaringType().getSimpleName() + "." + method.getName();
    if (method.hasDeclaredAnnotation(ON_EVENT)) {
      checkCallable(method, "@OnEvent", handler, context);
      checkEvents(method, handler, context);
    }
    if (method.hasDeclaredAnnotation(ON_DELIVERY_ERROR)) {
      checkCallable(method, "@OnDeliveryError", handler, context);
      checkFailureParameter(method, handler, context);
    }
    if (method.hasDeclaredAnnotation(CommandCheck.COMMAND)) {
      checkCallable(method, "@Command", handler, context);
      commandCheck.check(method, handler, context, payloadCheck(context));
    }
    if (method.hasDeclaredAnnotation(SequentialCheck.SEQUENTIAL)) {
      SequentialCheck.check(method, handler, context);
    }
  }

  private void checkEvents(MethodElement method, String handler, VisitorContext context) {
    String[] keys = method.stringValues(ON_EVENT);
    if (keys.length == 0) {
      context.fail(
          "@OnEvent on "
              + handler
              + " names no events. List at least one, e.g. @OnEvent(\"issues.opened\"),"
              + " or use @OnEvent(\"*\") for every event.",
          method);
      return;
    }
    Set<String> seen = new HashSet<>();
    boolean allValid = true;
    for (String key : keys) {
      if (!seen.add(key)) {
        context.fail(
            "@OnEvent on " + handler + " lists '" + key + "' more than once. Remove the duplicate.",
            method);
        allValid = false;
        continue;
      }
      var problem = keyCheck().problem(key);
      if (problem.isPresent()) {
        context.fail("@OnEvent(\"" + key + "\") on " + handler + ": " + problem.get(), method);
        allValid = false;
      }
    }
    if (allValid) {
      for (ParameterElement parameter : method.getParameters()) {
        payloadCheck(context)
            .problems(parameter.getType(), handler, Arrays.asList(keys))
            .forEach(message -> context.fail(message, parameter));
      }
    }
  }

  private static void checkCallable(
      MethodElement method, String annotation, String handler, VisitorContext context) {
    if (method.isPrivate()) {
      context.fail(
          annotation
              + " method "
              + handler
              + " is private, so Botwright cannot call it. Make it package-private or public.",
          method);
    }
    if (method.isStatic()) {
      context.fail(
          annotation
              + " method "
              + handler
              + " is static, but handlers are methods of a bean. Remove 'static'.",
          method);
    }
  }

  private static void checkFailureParameter(
      MethodElement method, String handler, VisitorContext context) {
    boolean takesFailure =
        Arrays.stream(method.getParameters())
            .anyMatch(p -> p.getType().getName().equals(DELIVERY_FAILURE));
    if (!takesFailure) {
      context.fail(
          "@OnDeliveryError method "
              + handler
              + " takes no DeliveryFailure. Add a parameter of type "
              + DELIVERY_FAILURE
              + ", e.g. void "
              + method.getName()
              + "(DeliveryFailure failure).",
          method);
    }
  }

  // The catalog is read once per compilation: Micronaut creates one visitor per compilation.
  private EventKeyCheck keyCheck() {
    if (keyCheck == null) {
      keyCheck = new EventKeyCheck(WebhookCatalog.load());
    }
    return keyCheck;
  }

  private PayloadCheck payloadCheck(VisitorContext context) {
    if (payloadCheck == null) {
      payloadCheck = new PayloadCheck(context);
    }
    return payloadCheck;
  }
}
