package dev.botwright;

import io.micronaut.context.annotation.Executable;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a bean method periodically for every active installation of the app, or for every repository
 * of each, like probot-scheduler. The method takes one parameter: an {@link InstallationContext}
 * (called once per installation) or a {@link RepositoryContext} (once per repository the
 * installation can access).
 *
 * <pre>{@code
 * @OnSchedule(every = "1d")
 * void sweep(RepositoryContext repo) {
 *   repo.log().info("Sweeping {}", repo.repo());
 * }
 * }</pre>
 *
 * <p>Suspended installations are skipped, and so are installations whose last answer from GitHub
 * left few requests ({@code botwright.schedule.min-rate-limit-remaining}). Installations start
 * spread over {@code botwright.schedule.jitter}, {@code botwright.schedule.concurrency} at a time.
 * With several processes, only the one holding the schedule's lease runs it (the Redis lease when
 * Redis is on). A method that throws for one installation or repository is logged and counted, and
 * the others still run. Turn every schedule off with {@code botwright.schedule.enabled=false}; one
 * bean's with Micronaut's {@code @Requires(property = ...)} on the bean.
 *
 * <p>{@code every} is checked at compile time, as are the method's parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Executable(processOnStartup = true)
public @interface OnSchedule {

  /**
   * Time between runs: a positive whole number and a unit, {@code s}, {@code m}, {@code h} or
   * {@code d}, e.g. {@code "30s"}, {@code "15m"}, {@code "1h"}, {@code "1d"}.
   */
  String every();
}
