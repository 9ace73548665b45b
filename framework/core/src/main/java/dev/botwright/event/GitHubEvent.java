package dev.botwright.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The webhook event, or event and action, whose payload a type models:
 * {@code @GitHubEvent("issues")} on {@link IssuesEvent} (every action),
 * {@code @GitHubEvent("issues.opened")} on {@link IssuesEvent.Opened}. The compile-time checks use
 * it to refuse a handler whose payload type cannot hold the events it handles.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GitHubEvent {

  /**
   * The event name as GitHub sends it in {@code X-GitHub-Event} (e.g. {@code "pull_request"}), or
   * an event key with its action (e.g. {@code "pull_request.opened"}).
   */
  String value();
}
