package dev.botwright.test;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Handlers the kit's own tests drive; each runs only in the test class whose spec it names. */
final class TestHandlers {

  static final String COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
  static final String LABELS = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";

  private TestHandlers() {}

  /** Labels a new issue, then thanks its author. */
  @Singleton
  @Requires(property = "spec.name", value = "CallAssertionMessagesTest")
  static class Triager {
    @OnEvent("issues.opened")
    void triage(IssuesEvent event, EventContext ctx) {
      ctx.github().issues().addLabels(ctx.issue(), "triage");
      ctx.github().issues().createComment(ctx.issue(), "Thanks, @" + event.sender().login() + "!");
    }
  }

  /** Comments once; a failed request fails the handler. */
  @Singleton
  @Requires(property = "spec.name", value = "FaultInjectionTest")
  static class Commenter {
    @OnEvent("issues.opened")
    void comment(EventContext ctx) {
      ctx.github().issues().createComment(ctx.issue(), "Hello");
    }
  }

  /** Reads a file nobody stubbed and its config, then comments. */
  @Singleton
  @Requires(property = "spec.name", value = "UnexpectedCallsTest")
  static class Reader {
    @OnEvent("issues.opened")
    void read(EventContext ctx) {
      ctx.github().repos().getContent(ctx.repo(), "README.md", null);
      ctx.github().repos().getContent(ctx.repo(), ".github/reader.yml", null);
      ctx.github().issues().createComment(ctx.issue(), "Read it");
    }
  }
}
