package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.Metadata;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;

/** The metadata guide's example: thank the first person who labels an issue, once. */
// Off unless docs.snippets.metadata=true: other tests send issues.labeled too.
@Requires(property = "docs.snippets.metadata", value = "true")
@Singleton
class TriageMemory {

  /** Who triaged the issue, and when. */
  @Serdeable
  record Triage(String by, Instant at) {}

  @OnEvent("issues.labeled")
  void thankTheTriager(IssuesEvent.Labeled event, EventContext ctx) {
    Metadata metadata = ctx.metadata(ctx.issue());
    if (metadata.get("triage", Triage.class).isPresent()) {
      return; // thanked before, maybe in another delivery or another process
    }
    String login = event.sender().login();
    ctx.github().issues().createComment(ctx.issue(), "Thanks for triaging, @" + login + "!");
    metadata.set("triage", new Triage(login, Instant.now()));
  }
}
