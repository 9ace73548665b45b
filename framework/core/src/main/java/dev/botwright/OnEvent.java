package dev.botwright;

import io.micronaut.context.annotation.Executable;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as a handler for GitHub webhook events.
 *
 * <p>Each value is one of:
 *
 * <ul>
 *   <li>{@code "issues.opened"}: one action of one event;
 *   <li>{@code "issues"}: every action of an event (and events that have no action, such as {@code
 *       "push"});
 *   <li>{@code "*"}: every event.
 * </ul>
 *
 * <p>Names are checked at compile time against GitHub's webhook catalog; a typo fails the build and
 * names the nearest valid event. Parameters are bound by type: a typed payload from {@code
 * dev.botwright.event} (the action's record for one action, the event's sealed interface for
 * several, {@code WebhookEvent} for any; a mismatch fails the build), the raw {@link
 * io.micronaut.json.tree.JsonNode}, the {@link EventContext}, the installation's {@link
 * dev.botwright.github.GitHubClient}, or any other bean.
 *
 * <pre>{@code
 * @OnEvent("issues.opened")
 * void greet(IssuesEvent.Opened event, EventContext ctx) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Executable(processOnStartup = true)
public @interface OnEvent {

  /** The events this method handles: {@code "event.action"}, {@code "event"} or {@code "*"}. */
  String[] value();
}
