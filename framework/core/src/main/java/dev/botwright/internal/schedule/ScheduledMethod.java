package dev.botwright.internal.schedule;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * One {@code @OnSchedule} method.
 *
 * @param name {@code SimpleBeanName.method}, for logs, the lease and the testing kit
 * @param beanType the bean's class
 * @param method the method's name
 * @param every time between runs
 * @param perRepository whether it takes a {@code RepositoryContext} (else an {@code
 *     InstallationContext})
 * @param invoker calls the method with a context
 */
record ScheduledMethod(
    String name,
    Class<?> beanType,
    String method,
    Duration every,
    boolean perRepository,
    Consumer<Object> invoker) {

  /** The lease that lets one process at a time run this schedule. */
  String lease() {
    return "schedule:" + name;
  }
}
