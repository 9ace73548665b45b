package dev.botwright.receive;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.Map;

/** Handlers for {@link ReceiveCommandTest}: one reads a file and comments, one fails. */
@Singleton
@Requires(property = "spec.name", value = "ReceiveCommandTest")
class ReceiveTestHandlers {

  /** Greets the author with the repository's greeting, or "Hello" when the file is empty. */
  @OnEvent("issues.opened")
  void greet(EventContext ctx) {
    JsonNode file =
        ctx.github()
            .request(
                "GET /repos/{owner}/{repo}/contents/{+path}",
                Map.of(
                    "owner", ctx.repo().owner(),
                    "repo", ctx.repo().repo(),
                    "path", ".github/greeting.json"),
                JsonNode.class);
    JsonNode greeting = file.isObject() ? file.get("greeting") : null;
    String login = ctx.payload().get("sender").get("login").getStringValue();
    ctx.github()
        .issues()
        .createComment(
            ctx.issue(), (greeting == null ? "Hello" : greeting.getStringValue()) + " @" + login);
  }

  @OnEvent("issue_comment.created")
  void refuse(EventContext ctx) {
    throw new IllegalStateException("cannot parse the command in the comment");
  }

  @OnEvent("issue_comment")
  void watch(EventContext ctx) {}
}
