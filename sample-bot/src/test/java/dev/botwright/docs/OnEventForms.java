package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import dev.botwright.event.PushEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

/** The forms an {@code @OnEvent} value takes. */
// Off unless docs.snippets=true, so that the sample bot's tests see only the sample's handlers.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class OnEventForms {

  @OnEvent("issues.opened") // one action of one event: its record
  void opened(IssuesEvent.Opened event, EventContext ctx) {
    ctx.log().info("Issue #{} opened", event.issue().number());
  }

  @OnEvent({"issues.opened", "issues.reopened"}) // several actions: the event's interface
  void openedOrReopened(IssuesEvent event, EventContext ctx) {
    ctx.log().info("Issue #{} is open", event.issue().number());
  }

  @OnEvent("issues") // every action of one event
  void anyIssueActivity(IssuesEvent event, EventContext ctx) {
    ctx.log().info("Issue #{} {}", event.issue().number(), event.action());
  }

  @OnEvent("push") // an event that has no actions
  void pushed(PushEvent event, EventContext ctx) {
    ctx.log().info("{} commits pushed to {}", event.commits().size(), event.ref());
  }

  @OnEvent("*") // every event; only the raw JsonNode fits every payload
  void audit(JsonNode payload, EventContext ctx) {
    ctx.log().debug("Received {}", ctx.eventKey());
  }
}
