package dev.botwright.internal.dispatch;

import dev.botwright.DeliveryFailure;
import dev.botwright.EventContext;
import dev.botwright.event.WebhookEvent;
import dev.botwright.github.GitHubClient;
import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Chooses, once per handler parameter and by its type alone, how each argument is produced. A
 * parameter that cannot be bound fails start-up, naming the handler and the parameter.
 */
@Singleton
final class ParameterBinders {

  private final BeanContext beanContext;

  ParameterBinders(BeanContext beanContext) {
    this.beanContext = beanContext;
  }

  List<ParameterBinder> forMethod(String handler, Argument<?>[] arguments, boolean errorHook) {
    List<ParameterBinder> binders = new ArrayList<>(arguments.length);
    for (Argument<?> argument : arguments) {
      binders.add(forArgument(handler, argument, errorHook));
    }
    return binders;
  }

  ParameterBinder forArgument(String handler, Argument<?> argument, boolean errorHook) {
    Class<?> type = argument.getType();
    if (type == EventContext.class) {
      return (context, failure) -> context;
    }
    if (type == JsonNode.class) {
      return (context, failure) -> context.payload();
    }
    if (type == GitHubClient.class) {
      return (context, failure) -> context.github();
    }
    if (type == DeliveryFailure.class) {
      if (!errorHook) {
        throw unbindable(
            handler,
            argument,
            "DeliveryFailure is only passed to @OnDeliveryError methods; remove the parameter or"
                + " move it to an @OnDeliveryError method");
      }
      // Only @OnDeliveryError methods take it (checked above), and they run with the failure.
      return (context, failure) -> Objects.requireNonNull(failure);
    }
    if (WebhookEvent.class.isAssignableFrom(type)) {
      return (context, failure) -> context.payload(type);
    }
    if (isPayloadType(type, true)) {
      return (context, failure) -> context.payload(type);
    }
    if (beanContext.containsBean(type)) {
      return (context, failure) -> beanContext.getBean(type);
    }
    if (isPayloadType(type, false)) {
      return (context, failure) -> context.payload(type);
    }
    throw unbindable(
        handler,
        argument,
        "it is not EventContext, JsonNode, GitHubClient"
            + (errorHook ? ", DeliveryFailure" : "")
            + ", a webhook payload type (dev.botwright.event), a @Serdeable payload type, or a bean in the application context. Annotate the type"
            + " with @Serdeable to receive the payload, or declare a bean of that type");
  }

  /** Serdeable types are payloads before beans; merely introspected ones only if not a bean. */
  private static boolean isPayloadType(Class<?> type, boolean serdeableOnly) {
    return BeanIntrospector.SHARED
        .findIntrospection(type)
        .filter(
            i ->
                i.hasStereotype(Serdeable.class)
                    || (!serdeableOnly && i.hasStereotype(Introspected.class)))
        .isPresent();
  }

  private static IllegalStateException unbindable(
      String handler, Argument<?> argument, String why) {
    return new IllegalStateException(
        "Handler "
            + handler
            + " cannot be registered: parameter '"
            + argument.getName()
            + "' of type "
            + argument.getTypeName()
            + " cannot be bound: "
            + why
            + ".");
  }
}
