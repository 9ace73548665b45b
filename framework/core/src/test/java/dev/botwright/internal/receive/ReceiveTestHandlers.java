package dev.botwright.internal.receive;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.Issue;
import dev.botwright.github.GitHubApiException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Handlers for {@link ReceiveCommandTest} and {@link ActionCommandTest}: they read and write, one
 * fails.
 */
@Singleton
@Requires(property = "spec.name", value = "ReceiveCommandTest")
class ReceiveTestHandlers {

  /** Greets the author with the repository's greeting, or "Hello" when the file is empty. */
  @OnEvent("issues.opened")
  void greet(EventContext ctx) {
    String greeting = "Hello";
    try {
      JsonNode file =
          ctx.github()
              .request(
                  "GET /repos/{owner}/{repo}/contents/{+path}",
                  Map.of(
                      "owner", ctx.repo().owner(),
                      "repo", ctx.repo().repo(),
                      "path", ".github/greeting.json"),
                  JsonNode.class);
      greeting = file.get("greeting").getStringValue();
    } catch (GitHubApiException e) {
      if (e.status() != 404) {
        throw e;
      }
    }
    String login = ctx.payload().get("sender").get("login").getStringValue();
    ctx.github().issues().createComment(ctx.issue(), greeting + " @" + login);
  }

  /** Reads what a dry run answers empty, and labels the pull request with what it saw. */
  @OnEvent("pull_request.opened")
  void reads(EventContext ctx) {
    JsonNode repo =
        ctx.github()
            .request(
                "GET /repos/{owner}/{repo}",
                Map.of("owner", ctx.repo().owner(), "repo", ctx.repo().repo()),
                JsonNode.class);
    Issue issue = ctx.github().issues().get(ctx.issue());
    long comments = ctx.github().issues().listComments(ctx.issue()).count();
    ctx.github()
        .issues()
        .addLabels(
            ctx.issue(),
            "repo fields " + repo.size(),
            "issue " + (issue == null ? "null" : issue.title()),
            "comments " + comments);
  }

  @OnEvent("issue_comment.created")
  void refuse(EventContext ctx) {
    throw new IllegalStateException("cannot parse the command in the comment");
  }

  @OnEvent("issue_comment")
  void watch(EventContext ctx) {}
}
