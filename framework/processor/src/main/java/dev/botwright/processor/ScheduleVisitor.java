package dev.botwright.processor;

import io.micronaut.core.annotation.Internal;
import io.micronaut.inject.ast.MethodElement;
import io.micronaut.inject.visitor.TypeElementQuery;
import io.micronaut.inject.visitor.TypeElementVisitor;
import io.micronaut.inject.visitor.VisitorContext;
import java.util.Set;

/** Fails compilation when an {@code @OnSchedule} method cannot run; see {@link ScheduleCheck}. */
@Internal
public final class ScheduleVisitor implements TypeElementVisitor<Object, Object> {

  /** Creates the visitor; Micronaut's annotation processor loads it as a service. */
  public ScheduleVisitor() {}

  @Override
  public Set<String> getSupportedAnnotationNames() {
    return Set.of(ScheduleCheck.ON_SCHEDULE);
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
    if (!method.getDeclaringType().getName().equals(method.getOwningType().getName())
        || !method.hasDeclaredAnnotation(ScheduleCheck.ON_SCHEDULE)) {
      return;
    }
    String handler = method.getDeclaringType().getSimpleName() + "." + method.getName();
    ScheduleCheck.check(method, handler, context);
  }
}
