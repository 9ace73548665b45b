package dev.botwright.processor;

import io.micronaut.inject.ast.MethodElement;
import io.micronaut.inject.visitor.VisitorContext;
import java.util.Set;

/**
 * Checks {@code @Sequential}: it only means something on an {@code @OnEvent} method, and its {@code
 * ISSUE} scope needs an issue or pull request number in every payload the method receives.
 */
final class SequentialCheck {

  static final String SEQUENTIAL = "dev.botwright.Sequential";

  /** The events whose payloads carry an {@code issue} or {@code pull_request} with a number. */
  static final Set<String> NUMBERED_EVENTS =
      Set.of(
          "issues",
          "issue_comment",
          "pull_request",
          "pull_request_review",
          "pull_request_review_comment",
          "pull_request_review_thread");

  private SequentialCheck() {}

  static void check(MethodElement method, String handler, VisitorContext context) {
    if (method.hasDeclaredAnnotation(CommandCheck.COMMAND)) {
      // A command runs for issue_comment deliveries, which always carry an issue number.
      return;
    }
    if (!method.hasDeclaredAnnotation(HandlerVisitor.ON_EVENT)) {
      context.fail(
          "@Sequential on "
              + handler
              + " has no effect: it orders the deliveries of an @OnEvent handler. Add"
              + " @OnEvent(...) to the method or remove @Sequential.",
          method);
      return;
    }
    String scope = method.stringValue(SEQUENTIAL).orElse("REPOSITORY");
    if (!scope.equals("ISSUE")) {
      return;
    }
    for (String key : method.stringValues(HandlerVisitor.ON_EVENT)) {
      int dot = key.indexOf('.');
      String event = dot < 0 ? key : key.substring(0, dot);
      if (!NUMBERED_EVENTS.contains(event)) {
        context.fail(
            "@Sequential(Scope.ISSUE) on "
                + handler
                + ": '"
                + key
                + "' deliveries carry no issue or pull request number. Use Scope.ISSUE only"
                + " with events "
                + String.join(", ", NUMBERED_EVENTS.stream().sorted().toList())
                + "; use @Sequential(Scope.REPOSITORY) for the others.",
            method);
      }
    }
  }
}
