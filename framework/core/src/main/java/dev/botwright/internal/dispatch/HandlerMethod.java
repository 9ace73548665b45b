package dev.botwright.internal.dispatch;

import dev.botwright.DeliveryFailure;
import dev.botwright.Sequential;
import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One handler of deliveries: an {@code @OnEvent} or {@code @OnDeliveryError} method with its
 * parameters' binders, or a {@code @Command} method (or {@code /help}) with what runs it.
 */
final class HandlerMethod {

  /** What running the handler for one delivery does; whatever it throws is the handler's error. */
  @FunctionalInterface
  interface Body {
    void run(DefaultEventContext context, @Nullable DeliveryFailure failure);
  }

  private final String name;
  private final Class<?> beanType;
  private final Sequential.@Nullable Scope sequential;
  private final Body body;

  /**
   * @param sequential the scope of the handler's {@link Sequential}, or null when it has none
   */
  HandlerMethod(String name, Class<?> beanType, Sequential.@Nullable Scope sequential, Body body) {
    this.name = name;
    this.beanType = beanType;
    this.sequential = sequential;
    this.body = body;
  }

  /**
   * The handler for {@code method} of {@code definition}, its parameters bound once, here.
   *
   * @param errorHook whether it is an {@code @OnDeliveryError} method (which may take a {@code
   *     DeliveryFailure})
   */
  static HandlerMethod create(
      BeanContext beanContext,
      BeanDefinition<?> definition,
      ExecutableMethod<?, ?> method,
      ParameterBinders binders,
      boolean errorHook) {
    String name = nameOf(definition, method);
    List<ParameterBinder> bound = binders.forMethod(name, method.getArguments(), errorHook);
    Body body =
        (context, failure) -> {
          Object[] args = new Object[bound.size()];
          for (int i = 0; i < args.length; i++) {
            args[i] = bound.get(i).bind(context, failure);
          }
          invoke(beanContext, definition, method, args);
        };
    return new HandlerMethod(name, definition.getBeanType(), sequentialOf(method), body);
  }

  /** Calls {@code method} on its bean; whatever it throws is passed on unchanged. */
  @SuppressWarnings("unchecked")
  static void invoke(
      BeanContext beanContext,
      BeanDefinition<?> definition,
      ExecutableMethod<?, ?> method,
      Object[] args) {
    // Resolved per call (a map lookup for singletons) so that handler beans are created after
    // start-up processing, as Micronaut's own @Scheduled support does.
    Object bean = beanContext.getBean((BeanDefinition<Object>) definition);
    ((ExecutableMethod<Object, Object>) method).invoke(bean, args);
  }

  static String nameOf(BeanDefinition<?> definition, ExecutableMethod<?, ?> method) {
    return definition.getBeanType().getSimpleName() + "#" + method.getMethodName();
  }

  /** The scope of the method's {@link Sequential}, or {@code null} when it has none. */
  static Sequential.@Nullable Scope sequentialOf(AnnotationMetadata method) {
    if (!method.hasDeclaredAnnotation(Sequential.class)) {
      return null;
    }
    return method
        .enumValue(Sequential.class, Sequential.Scope.class)
        .orElse(Sequential.Scope.REPOSITORY);
  }

  /** {@code BeanClass#method}, as reported in {@link DeliveryFailure.HandlerFailure}. */
  String name() {
    return name;
  }

  Class<?> beanType() {
    return beanType;
  }

  /** The scope of the handler's {@link Sequential}, or {@code null} when it has none. */
  Sequential.@Nullable Scope sequential() {
    return sequential;
  }

  /** Runs the handler; whatever it throws is passed on unchanged. */
  void invoke(DefaultEventContext context, @Nullable DeliveryFailure failure) {
    body.run(context, failure);
  }

  @Override
  public String toString() {
    return name;
  }
}
