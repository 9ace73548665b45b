package dev.botwright.internal.dispatch;

import dev.botwright.Command;
import dev.botwright.Permission;
import dev.botwright.internal.commands.CommandArguments;
import dev.botwright.internal.commands.CommandFeedback;
import dev.botwright.internal.commands.CommandInfo;
import dev.botwright.internal.commands.CommenterPermissions;
import io.micronaut.context.BeanContext;
import io.micronaut.context.processor.ExecutableMethodProcessor;
import io.micronaut.core.type.Argument;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Registers every {@link Command} method found at compile time as a handler of {@code
 * issue_comment.created} (and {@code .edited} when it asks), and Botwright's own {@code /help} once
 * the first command is registered. Names were checked at compile time; they are checked again here
 * because commands may come from several compiled modules.
 */
@Singleton
final class CommandMethodProcessor implements ExecutableMethodProcessor<Command> {

  static final String CREATED = "issue_comment.created";
  static final String EDITED = "issue_comment.edited";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final BeanContext beanContext;
  private final HandlerRegistry registry;
  private final ParameterBinders binders;
  private final CommandFeedback feedback;
  private final CommenterPermissions permissions;
  private final Map<String, String> handlersByName = new HashMap<>();
  private final HelpCommand help;

  CommandMethodProcessor(
      BeanContext beanContext,
      HandlerRegistry registry,
      ParameterBinders binders,
      CommandFeedback feedback,
      CommenterPermissions permissions) {
    this.beanContext = beanContext;
    this.registry = registry;
    this.binders = binders;
    this.feedback = feedback;
    this.permissions = permissions;
    this.help = new HelpCommand(feedback, permissions);
  }

  @Override
  public synchronized void process(BeanDefinition<?> definition, ExecutableMethod<?, ?> method) {
    String handler = HandlerMethod.nameOf(definition, method);
    String name = method.stringValue(Command.class).orElse("");
    checkName(handler, name, handlersByName);
    Permission permission =
        method.enumValue(Command.class, "permission", Permission.class).orElse(Permission.WRITE);
    String description = method.stringValue(Command.class, "description").orElse("");
    boolean onEdit = method.booleanValue(Command.class, "onEdit").orElse(false);

    List<CommandBody.Binder> bound = new ArrayList<>();
    CommandArguments arguments = CommandArguments.NONE;
    for (Argument<?> parameter : method.getArguments()) {
      var takesArguments = CommandArguments.of(handler, parameter);
      if (takesArguments.isPresent()) {
        if (arguments != CommandArguments.NONE) {
          throw new IllegalStateException(
              "Command "
                  + handler
                  + " has two parameters for the command's arguments; keep one (a List<String> or"
                  + " a record of them).");
        }
        arguments = takesArguments.get();
        CommandArguments shape = arguments;
        bound.add((context, args) -> shape.bind(args));
      } else {
        ParameterBinder binder = binders.forArgument(handler, parameter, false);
        bound.add((context, args) -> binder.bind(context, null));
      }
    }
    String usage = "/" + name + (arguments.usage().isEmpty() ? "" : " " + arguments.usage());
    CommandInfo info = new CommandInfo(name, description, permission, usage);
    CommandBody body =
        new CommandBody(
            info,
            arguments,
            bound,
            args -> HandlerMethod.invoke(beanContext, definition, method, args),
            feedback,
            permissions);
    HandlerMethod command =
        new HandlerMethod(
            handler, definition.getBeanType(), HandlerMethod.sequentialOf(method), body);
    registry.register(CREATED, command);
    if (onEdit) {
      registry.register(EDITED, command);
    }
    if (handlersByName.isEmpty()) {
      registry.register(
          CREATED, new HandlerMethod(HelpCommand.NAME, HelpCommand.class, null, help));
    }
    handlersByName.put(name, handler);
    help.add(info);
  }

  /** Fails start-up for a name the processor would have refused, or one taken by {@code taken}. */
  static void checkName(String handler, String name, Map<String, String> taken) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalStateException(
          "Command "
              + handler
              + " has an invalid name '"
              + name
              + "': use lowercase letters, digits and '-', e.g. @Command(\"add-label\").");
    }
    if (name.equals("help")) {
      throw new IllegalStateException(
          "Command "
              + handler
              + " is named 'help', which Botwright answers itself with the list of commands."
              + " Choose another name.");
    }
    String other = taken.get(name);
    if (other != null) {
      throw new IllegalStateException(
          "Commands "
              + other
              + " and "
              + handler
              + " are both named '"
              + name
              + "'. Rename one: a comment's /"
              + name
              + " must run one method.");
    }
  }
}
