package dev.botwright.internal.dispatch;

import dev.botwright.OnDeliveryError;
import io.micronaut.context.BeanContext;
import io.micronaut.context.processor.ExecutableMethodProcessor;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import jakarta.inject.Singleton;

/** Registers every {@link OnDeliveryError} method found at compile time. */
@Singleton
final class OnDeliveryErrorMethodProcessor implements ExecutableMethodProcessor<OnDeliveryError> {

  private final BeanContext beanContext;
  private final HandlerRegistry registry;
  private final ParameterBinders binders;

  OnDeliveryErrorMethodProcessor(
      BeanContext beanContext, HandlerRegistry registry, ParameterBinders binders) {
    this.beanContext = beanContext;
    this.registry = registry;
    this.binders = binders;
  }

  @Override
  public void process(BeanDefinition<?> definition, ExecutableMethod<?, ?> method) {
    registry.registerErrorHook(
        HandlerMethod.create(beanContext, definition, method, binders, true));
  }
}
