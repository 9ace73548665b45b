package dev.botwright.dispatch;

import dev.botwright.DeliveryFailure;
import dev.botwright.Sequential;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import java.util.List;

/** One {@code @OnEvent} or {@code @OnDeliveryError} method with its parameters' binders. */
final class HandlerMethod {

  private final BeanContext beanContext;
  private final BeanDefinition<Object> definition;
  private final ExecutableMethod<Object, Object> method;
  private final List<ParameterBinder> binders;
  private final String name;

  HandlerMethod(
      BeanContext beanContext,
      BeanDefinition<Object> definition,
      ExecutableMethod<Object, Object> method,
      List<ParameterBinder> binders) {
    this.beanContext = beanContext;
    this.definition = definition;
    this.method = method;
    this.binders = List.copyOf(binders);
    this.name = nameOf(definition, method);
  }

  /**
   * The handler for {@code method} of {@code definition}, its parameters bound once, here.
   *
   * @param errorHook whether it is an {@code @OnDeliveryError} method (which may take a {@code
   *     DeliveryFailure})
   */
  @SuppressWarnings("unchecked")
  static HandlerMethod create(
      BeanContext beanContext,
      BeanDefinition<?> definition,
      ExecutableMethod<?, ?> method,
      ParameterBinders binders,
      boolean errorHook) {
    return new HandlerMethod(
        beanContext,
        (BeanDefinition<Object>) definition,
        (ExecutableMethod<Object, Object>) method,
        binders.forMethod(nameOf(definition, method), method.getArguments(), errorHook));
  }

  static String nameOf(BeanDefinition<?> definition, ExecutableMethod<?, ?> method) {
    return definition.getBeanType().getSimpleName() + "#" + method.getMethodName();
  }

  /** {@code BeanClass#method}, as reported in {@link DeliveryFailure.HandlerFailure}. */
  String name() {
    return name;
  }

  Class<?> beanType() {
    return definition.getBeanType();
  }

  /** The scope of the method's {@link Sequential}, or {@code null} when it has none. */
  Sequential.Scope sequential() {
    if (!method.hasDeclaredAnnotation(Sequential.class)) {
      return null;
    }
    return method
        .enumValue(Sequential.class, Sequential.Scope.class)
        .orElse(Sequential.Scope.REPOSITORY);
  }

  /** Calls the method; whatever it throws is passed on unchanged. */
  void invoke(DefaultEventContext context, DeliveryFailure failure) {
    Object[] args = new Object[binders.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = binders.get(i).bind(context, failure);
    }
    // Resolved per call (a map lookup for singletons) so that handler beans are created after
    // start-up processing, as Micronaut's own @Scheduled support does.
    Object bean = beanContext.getBean(definition);
    method.invoke(bean, args);
  }

  @Override
  public String toString() {
    return name;
  }
}
