package dev.botwright.internal.schedule;

import dev.botwright.InstallationContext;
import dev.botwright.OnSchedule;
import dev.botwright.RepositoryContext;
import io.micronaut.context.BeanContext;
import io.micronaut.context.processor.ExecutableMethodProcessor;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Registers every {@link OnSchedule} method found at compile time, as {@code
 * OnEventMethodProcessor} does for handlers. The processor module already failed the build for a
 * bad {@code every} or parameter; these checks repeat them for classes compiled without it.
 */
@Singleton
final class OnScheduleMethodProcessor implements ExecutableMethodProcessor<OnSchedule> {

  private final BeanContext beanContext;
  private final ScheduleRegistry registry;

  OnScheduleMethodProcessor(BeanContext beanContext, ScheduleRegistry registry) {
    this.beanContext = beanContext;
    this.registry = registry;
  }

  @Override
  public void process(BeanDefinition<?> definition, ExecutableMethod<?, ?> method) {
    String name = definition.getBeanType().getSimpleName() + "." + method.getMethodName();
    Duration every = Every.parse(method.stringValue(OnSchedule.class, "every").orElse(null), name);
    Class<?>[] parameters = method.getArgumentTypes();
    if (parameters.length != 1
        || (parameters[0] != InstallationContext.class
            && parameters[0] != RepositoryContext.class)) {
      throw new IllegalStateException(
          "@OnSchedule method "
              + name
              + " must take exactly one parameter, an InstallationContext (once per installation)"
              + " or a RepositoryContext (once per repository)");
    }
    @SuppressWarnings("unchecked")
    ExecutableMethod<Object, Object> target = (ExecutableMethod<Object, Object>) method;
    @SuppressWarnings("unchecked")
    BeanDefinition<Object> bean = (BeanDefinition<Object>) definition;
    registry.register(
        new ScheduledMethod(
            name,
            definition.getBeanType(),
            method.getMethodName(),
            every,
            parameters[0] == RepositoryContext.class,
            context -> target.invoke(beanContext.getBean(bean), context)));
  }
}
