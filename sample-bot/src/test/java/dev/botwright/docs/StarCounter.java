package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A handler that reads the payload into a record of its own. */
// Off unless docs.snippets=true, so that the sample bot's tests see only the sample's handlers.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class StarCounter {

  @OnEvent("star.created")
  void starred(StarPayload star, EventContext ctx) {
    ctx.log()
        .info(
            "{} now has {} stars",
            star.repository().fullName(),
            star.repository().stargazersCount());
  }
}
