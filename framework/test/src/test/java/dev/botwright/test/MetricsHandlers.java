package dev.botwright.test;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** MetricsTest's handlers: one comments on a new issue, one always fails on a closed one. */
@Singleton
@Requires(property = "spec.name", value = "MetricsTest")
class MetricsHandlers {

  @OnEvent("issues.opened")
  void comment(EventContext ctx) {
    ctx.github().issues().createComment(ctx.issue(), "Counted");
  }

  @OnEvent("issues.closed")
  void fail(EventContext ctx) {
    throw new IllegalStateException("closing always fails here");
  }
}
