package dev.botwright;

import io.micronaut.context.annotation.Executable;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that is called once for every delivery in which at least one handler failed.
 * The method takes a {@link DeliveryFailure} and, optionally, the {@link EventContext}.
 *
 * <pre>{@code
 * @OnDeliveryError
 * void report(DeliveryFailure failure) { metrics.count(failure.event()); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Executable(processOnStartup = true)
public @interface OnDeliveryError {}
