package dev.botwright.internal.commands;

import dev.botwright.event.WebhookEvent;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * How a {@link dev.botwright.Command} method takes its arguments: not at all, as a {@code
 * List<String>}, or as an {@code @Introspected} record of {@code String} components, optionally
 * ending with a {@code List<String>} that takes the rest. Chosen once per method, at start-up. A
 * payload record (a {@code WebhookEvent} or {@code @Serdeable}) is never taken for the arguments.
 */
@Internal
public final class CommandArguments {

  /** A method without an arguments parameter: it takes none. */
  public static final CommandArguments NONE = new CommandArguments("", 0, false, args -> null);

  private final String usage;
  private final int required;
  private final boolean takesRest;
  private final Function<List<String>, Object> make;

  private CommandArguments(
      String usage, int required, boolean takesRest, Function<List<String>, Object> make) {
    this.usage = usage;
    this.required = required;
    this.takesRest = takesRest;
    this.make = make;
  }

  /**
   * The arguments {@code parameter} of {@code handler} takes; empty when it is not an arguments
   * parameter (the context, a payload, a bean).
   *
   * @throws IllegalStateException when it is meant for arguments but cannot hold them
   */
  public static Optional<CommandArguments> of(String handler, Argument<?> parameter) {
    Class<?> type = parameter.getType();
    if (type == List.class) {
      if (!isStringList(parameter)) {
        throw unbindable(
            handler, parameter, "a command's arguments are a List<String>; change the type");
      }
      return Optional.of(
          new CommandArguments(
              "[" + placeholder(parameter.getName()) + "...]", 0, true, List::copyOf));
    }
    if (!type.isRecord() || WebhookEvent.class.isAssignableFrom(type)) {
      return Optional.empty();
    }
    Optional<? extends BeanIntrospection<?>> introspection =
        BeanIntrospector.SHARED.findIntrospection(type);
    if (introspection.filter(i -> i.hasStereotype(Serdeable.class)).isPresent()) {
      return Optional.empty();
    }
    if (introspection.isEmpty()) {
      if (holdsOnlyArguments(type)) {
        throw unbindable(
            handler,
            parameter,
            "a record of arguments must be annotated @Introspected (io.micronaut.core.annotation),"
                + " so that Botwright can build it without reflection");
      }
      return Optional.empty();
    }
    return ofRecord(handler, parameter, introspection.get());
  }

  private static Optional<CommandArguments> ofRecord(
      String handler, Argument<?> parameter, BeanIntrospection<?> introspection) {
    Argument<?>[] components = introspection.getConstructorArguments();
    if (!Arrays.stream(components).allMatch(c -> c.getType() == String.class || isList(c))) {
      return Optional.empty();
    }
    StringJoiner usage = new StringJoiner(" ");
    int required = 0;
    boolean takesRest = false;
    for (int i = 0; i < components.length; i++) {
      Argument<?> component = components[i];
      if (component.getType() == String.class) {
        usage.add(placeholder(component.getName()));
        required++;
      } else if (i < components.length - 1 || !isStringList(component)) {
        throw unbindable(
            handler,
            parameter,
            "only its last component may be a List<String>, which takes the remaining arguments;"
                + " component '"
                + component.getName()
                + "' is not last or not a List<String>");
      } else {
        usage.add("[" + placeholder(component.getName()) + "...]");
        takesRest = true;
      }
    }
    int strings = required;
    boolean rest = takesRest;
    return Optional.of(
        new CommandArguments(
            usage.toString(),
            required,
            takesRest,
            args -> {
              List<Object> values = new ArrayList<>(args.subList(0, strings));
              if (rest) {
                values.add(List.copyOf(args.subList(strings, args.size())));
              }
              return introspection.instantiate(values.toArray());
            }));
  }

  /** How the arguments are written, e.g. {@code LABEL [MORE...]}; empty when there are none. */
  public String usage() {
    return usage;
  }

  /** Whether a command line with {@code count} arguments fits. */
  public boolean accepts(int count) {
    return takesRest ? count >= required : count == required;
  }

  /** The parameter's value for {@code arguments}, which {@link #accepts} their number. */
  public Object bind(List<String> arguments) {
    return make.apply(arguments);
  }

  /** {@code issueNumber} is written {@code ISSUE_NUMBER}. */
  static String placeholder(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  private static boolean isList(Argument<?> argument) {
    return argument.getType() == List.class;
  }

  private static boolean isStringList(Argument<?> argument) {
    Argument<?>[] parameters = argument.getTypeParameters();
    return isList(argument) && parameters.length == 1 && parameters[0].getType() == String.class;
  }

  // Only to word the start-up error for a record missing @Introspected; never to bind it.
  private static boolean holdsOnlyArguments(Class<?> record) {
    RecordComponent[] components = record.getRecordComponents();
    return components.length > 0
        && Arrays.stream(components)
            .allMatch(c -> c.getType() == String.class || c.getType() == List.class);
  }

  private static IllegalStateException unbindable(
      String handler, Argument<?> parameter, String why) {
    return new IllegalStateException(
        "Command "
            + handler
            + " cannot be registered: parameter '"
            + parameter.getName()
            + "' of type "
            + parameter.getTypeName()
            + " cannot take the command's arguments: "
            + why
            + ".");
  }
}
