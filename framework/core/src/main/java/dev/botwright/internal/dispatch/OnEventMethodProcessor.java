package dev.botwright.internal.dispatch;

import dev.botwright.OnEvent;
import io.micronaut.context.BeanContext;
import io.micronaut.context.processor.ExecutableMethodProcessor;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import jakarta.inject.Singleton;

/**
 * Registers every {@link OnEvent} method found at compile time (no scanning, no reflection), in the
 * way Micronaut's {@code ScheduledMethodProcessor} registers {@code @Scheduled} methods.
 */
@Singleton
final class OnEventMethodProcessor implements ExecutableMethodProcessor<OnEvent> {

  private final BeanContext beanContext;
  private final HandlerRegistry registry;
  private final ParameterBinders binders;

  OnEventMethodProcessor(
      BeanContext beanContext, HandlerRegistry registry, ParameterBinders binders) {
    this.beanContext = beanContext;
    this.registry = registry;
    this.binders = binders;
  }

  @Override
  public void process(BeanDefinition<?> definition, ExecutableMethod<?, ?> method) {
    String name = HandlerMethod.nameOf(definition, method);
    String[] keys = method.stringValues(OnEvent.class);
    if (keys.length == 0) {
      throw new IllegalStateException(
          "Handler "
              + name
              + " has an empty @OnEvent: name at least one event, e.g."
              + " @OnEvent(\"issues.opened\")");
    }
    HandlerMethod handler = HandlerMethod.create(beanContext, definition, method, binders, false);
    for (String key : keys) {
      if (key == null || key.isBlank() || !key.equals(key.strip())) {
        throw new IllegalStateException(
            "Handler "
                + name
                + " has an invalid @OnEvent value '"
                + key
                + "': use \"event.action\", \"event\" or \"*\"");
      }
      registry.register(key, handler);
    }
  }
}
