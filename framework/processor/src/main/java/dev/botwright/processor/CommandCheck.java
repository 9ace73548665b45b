package dev.botwright.processor;

import io.micronaut.inject.ast.ClassElement;
import io.micronaut.inject.ast.MethodElement;
import io.micronaut.inject.ast.ParameterElement;
import io.micronaut.inject.visitor.VisitorContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks {@code @Command} methods: a valid name, unique in the compilation and not Botwright's own
 * {@code help}; parameters Botwright can bind, with at most one for the command's arguments (a
 * {@code List<String>} or an {@code @Introspected} record of {@code String}s optionally ending with
 * a {@code List<String>}); a typed payload that holds {@code issue_comment} deliveries. A record
 * that is a payload ({@code @GitHubEvent} or {@code @Serdeable}) is never taken for the arguments.
 */
final class CommandCheck {

  static final String COMMAND = "dev.botwright.Command";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final String STRING = "java.lang.String";
  private static final String LIST = "java.util.List";
  private static final String INTROSPECTED = "io.micronaut.core.annotation.Introspected";
  private static final String SERDEABLE = "io.micronaut.serde.annotation.Serdeable";

  /** Command name to the first handler that took it, across the classes of one compilation. */
  private final Map<String, String> handlersByName = new HashMap<>();

  void check(MethodElement method, String handler, VisitorContext context, PayloadCheck payloads) {
    String name = method.stringValue(COMMAND).orElse("");
    checkName(method, handler, name, context);
    List<String> keys = new ArrayList<>(List.of("issue_comment.created"));
    if (method.booleanValue(COMMAND, "onEdit").orElse(false)) {
      keys.add("issue_comment.edited");
    }
    ParameterElement argumentsParameter = null;
    for (ParameterElement parameter : method.getParameters()) {
      ClassElement type = parameter.getGenericType();
      if (type.getName().equals(HandlerVisitor.DELIVERY_FAILURE)) {
        context.fail(
            "@Command method "
                + handler
                + " takes a DeliveryFailure, which only @OnDeliveryError methods receive. Remove"
                + " the parameter.",
            parameter);
      } else if (takesArguments(parameter, handler, context)) {
        if (argumentsParameter != null) {
          context.fail(
              "@Command method "
                  + handler
                  + " has two parameters for the command's arguments, '"
                  + argumentsParameter.getName()
                  + "' and '"
                  + parameter.getName()
                  + "'. Keep one: a List<String> or a record of the arguments.",
              parameter);
        }
        argumentsParameter = parameter;
      } else {
        payloads.problems(type, handler, keys).forEach(message -> context.fail(message, parameter));
      }
    }
  }

  private void checkName(
      MethodElement method, String handler, String name, VisitorContext context) {
    if (!NAME.matcher(name).matches()) {
      context.fail(
          "@Command(\""
              + name
              + "\") on "
              + handler
              + ": a command's name is lowercase letters, digits and '-', starting with a letter"
              + " or digit, without the slash, e.g. @Command(\"add-label\").",
          method);
    } else if (name.equals("help")) {
      context.fail(
          "@Command(\"help\") on "
              + handler
              + ": /help is Botwright's own, listing the commands a commenter may run (from each"
              + " @Command's description). Choose another name.",
          method);
    } else {
      String other = handlersByName.putIfAbsent(name, handler);
      if (other != null) {
        context.fail(
            "@Command(\""
                + name
                + "\") on "
                + handler
                + ": "
                + other
                + " is already the /"
                + name
                + " command. Give each command its own name.",
            method);
      }
    }
  }

  /** Whether the parameter is meant for the arguments; reports why it cannot hold them if so. */
  private static boolean takesArguments(
      ParameterElement parameter, String handler, VisitorContext context) {
    ClassElement type = parameter.getGenericType();
    if (type.getName().equals(LIST)) {
      if (!isStringList(type)) {
        context.fail(
            "@Command method "
                + handler
                + ": parameter '"
                + parameter.getName()
                + "' is a List of something else than String. A command's arguments are a"
                + " List<String>.",
            parameter);
      }
      return true;
    }
    if (!type.isRecord()
        || type.stringValue(PayloadCheck.GITHUB_EVENT).isPresent()
        || type.hasStereotype(SERDEABLE)) {
      return false;
    }
    Optional<MethodElement> constructor = type.getPrimaryConstructor();
    if (constructor.isEmpty()) {
      return false;
    }
    ParameterElement[] components = constructor.get().getParameters();
    boolean allArguments = components.length > 0;
    for (ParameterElement component : components) {
      String name = component.getGenericType().getName();
      allArguments &= name.equals(STRING) || name.equals(LIST);
    }
    if (!allArguments) {
      return false;
    }
    String record = type.getSimpleName();
    for (int i = 0; i < components.length; i++) {
      ClassElement componentType = components[i].getGenericType();
      if (componentType.getName().equals(LIST)
          && (i < components.length - 1 || !isStringList(componentType))) {
        context.fail(
            "@Command method "
                + handler
                + ": in record "
                + record
                + " of the command's arguments, only the last component may be a List<String>"
                + " (it takes the remaining arguments); '"
                + components[i].getName()
                + "' is not last or not a List<String>.",
            parameter);
      }
    }
    if (!type.hasStereotype(INTROSPECTED)) {
      context.fail(
          "@Command method "
              + handler
              + ": record "
              + record
              + " of the command's arguments is not annotated @Introspected, so Botwright cannot"
              + " build it without reflection. Annotate it with @io.micronaut.core.annotation"
              + ".Introspected.",
          parameter);
    }
    return true;
  }

  private static boolean isStringList(ClassElement list) {
    return list.getFirstTypeArgument().filter(t -> t.getName().equals(STRING)).isPresent();
  }
}
