package dev.botwright.processor;

import io.micronaut.inject.ast.MethodElement;
import io.micronaut.inject.ast.ParameterElement;
import io.micronaut.inject.visitor.VisitorContext;
import java.util.regex.Pattern;

/**
 * Checks {@code @OnSchedule}: {@code every} is a duration Botwright reads ({@code 30s}, {@code
 * 15m}, {@code 1h}, {@code 1d}), and the method is a callable bean method taking exactly one {@code
 * InstallationContext} or {@code RepositoryContext}.
 */
final class ScheduleCheck {

  static final String ON_SCHEDULE = "dev.botwright.OnSchedule";
  static final String INSTALLATION_CONTEXT = "dev.botwright.InstallationContext";
  static final String REPOSITORY_CONTEXT = "dev.botwright.RepositoryContext";

  // The same form as the runtime's reader (dev.botwright.internal.schedule.Every), which repeats
  // the check.
  private static final Pattern EVERY = Pattern.compile("[1-9][0-9]{0,8}[smhd]");

  private ScheduleCheck() {}

  static void check(MethodElement method, String handler, VisitorContext context) {
    String every = method.stringValue(ON_SCHEDULE, "every").orElse("");
    if (!EVERY.matcher(every).matches()) {
      context.fail(
          "@OnSchedule(every = \""
              + every
              + "\") on "
              + handler
              + " is not a duration. Write a positive whole number and a unit, s, m, h or d,"
              + " e.g. \"30s\", \"15m\", \"1h\" or \"1d\".",
          method);
    }
    if (method.isPrivate() || method.isStatic()) {
      context.fail(
          "@OnSchedule method "
              + handler
              + " is "
              + (method.isPrivate() ? "private" : "static")
              + ", so Botwright cannot call it. Make it a package-private or public instance"
              + " method.",
          method);
    }
    ParameterElement[] parameters = method.getParameters();
    boolean fits =
        parameters.length == 1
            && (parameters[0].getType().getName().equals(INSTALLATION_CONTEXT)
                || parameters[0].getType().getName().equals(REPOSITORY_CONTEXT));
    if (!fits) {
      context.fail(
          "@OnSchedule method "
              + handler
              + " must take exactly one parameter: an InstallationContext (called once per"
              + " installation) or a RepositoryContext (called once per repository), e.g. void "
              + method.getName()
              + "(RepositoryContext repo).",
          method);
    }
  }
}
