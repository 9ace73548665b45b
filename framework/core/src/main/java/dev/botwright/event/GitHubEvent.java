package dev.botwright.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The webhook event whose payload this record models, e.g. {@code @GitHubEvent("issues")} on {@link
 * IssuesEvent}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GitHubEvent {

  /** The event name as GitHub sends it in {@code X-GitHub-Event}, e.g. {@code "pull_request"}. */
  String value();
}
