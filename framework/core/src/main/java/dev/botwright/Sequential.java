package dev.botwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for the deliveries this {@link OnEvent} (or {@link Command}) handler listens to to run one
 * at a time, in arrival order, per repository ({@link Scope#REPOSITORY}, the default) or per issue
 * or pull request ({@link Scope#ISSUE}). Deliveries without a repository in their payload are not
 * ordered.
 *
 * <pre>{@code
 * @OnEvent("issue_comment.created")
 * @Sequential(Sequential.Scope.ISSUE)
 * void command(IssueCommentEvent event, EventContext ctx) { ... }
 * }</pre>
 *
 * <p>Ordering belongs to the delivery, not the handler: when several handlers of one delivery ask,
 * the coarsest scope wins, and every handler of that delivery waits its turn. Only queues that
 * support ordering honour it (the durable journal does; the in-memory default runs deliveries in
 * parallel). Checked at compile time: only on {@code @OnEvent} and {@code @Command} methods, and
 * {@code ISSUE} only for events whose payload carries an issue or pull request number.
 *
 * <p>A separate annotation rather than an attribute of {@code @OnEvent}: it reads as a property of
 * the handler ("this handler is sequential") next to the list of events, and the events stay the
 * only thing {@code @OnEvent} says.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sequential {

  /** How wide the one-at-a-time lane is. */
  Scope value() default Scope.REPOSITORY;

  /** The lanes deliveries are ordered in. */
  enum Scope {
    /** One at a time per repository: key {@code repo:<owner>/<name>}. */
    REPOSITORY,
    /**
     * One at a time per issue or pull request: key {@code issue:<owner>/<name>#<number>}. Only for
     * {@code issues}, {@code issue_comment} and {@code pull_request*} events.
     */
    ISSUE
  }
}
