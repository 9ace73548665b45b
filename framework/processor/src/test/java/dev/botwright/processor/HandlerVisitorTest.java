package dev.botwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandlerVisitorTest {

  @TempDir Path output;

  private TestCompiler.Result compile(String body) {
    String source =
        """
        package example;

        import dev.botwright.DeliveryFailure;
        import dev.botwright.OnDeliveryError;
        import dev.botwright.OnEvent;
        import dev.botwright.event.IssuesEvent;
        import dev.botwright.event.PullRequestEvent;
        import jakarta.inject.Singleton;

        @Singleton
        class Greeter {
        %s
        }
        """
            .formatted(body);
    return TestCompiler.compile(output, "Greeter", source);
  }

  @Test
  void validNamesCompile() {
    TestCompiler.Result result =
        compile(
            """
            @OnEvent({"issues.opened", "pull_request.synchronize", "push", "issues"})
            void greet() {}

            @OnEvent("repository_dispatch.deploy")
            void dispatch() {}
            """);

    assertThat(result.errors()).isEmpty();
    assertThat(result.success()).isTrue();
  }

  @Test
  void typoFailsNamingTheNearestEvent() {
    TestCompiler.Result result = compile("@OnEvent(\"issues.opend\") void greet() {}");

    assertThat(result.success()).isFalse();
    assertThat(result.errors())
        .containsExactly(
            "@OnEvent(\"issues.opend\") on Greeter.greet: unknown GitHub event 'issues.opend'."
                + " Did you mean 'issues.opened'?");
  }

  @Test
  void missingPluralOfEventIsSuggested() {
    assertThat(compile("@OnEvent(\"issue.opened\") void greet() {}").errors())
        .containsExactly(
            "@OnEvent(\"issue.opened\") on Greeter.greet: unknown GitHub event 'issue.opened'."
                + " Did you mean 'issues.opened'?");
  }

  @Test
  void truncatedActionIsSuggested() {
    assertThat(compile("@OnEvent(\"pull_request.open\") void greet() {}").errors())
        .containsExactly(
            "@OnEvent(\"pull_request.open\") on Greeter.greet: unknown GitHub event"
                + " 'pull_request.open'. Did you mean 'pull_request.opened'?");
  }

  @Test
  void unknownBareEventNamesTheNearestEvent() {
    assertThat(compile("@OnEvent(\"isues\") void greet() {}").errors())
        .containsExactly(
            "@OnEvent(\"isues\") on Greeter.greet: unknown GitHub event 'isues'."
                + " Did you mean 'issues'?");
  }

  @Test
  void unknownActionOfKnownEventListsItsActions() {
    assertThat(compile("@OnEvent(\"issues.archived\") void greet() {}").errors())
        .containsExactly(
            "@OnEvent(\"issues.archived\") on Greeter.greet: GitHub event 'issues' has no action"
                + " 'archived'. Valid actions: assigned, closed, deleted, demilestoned, edited,"
                + " labeled, locked, milestoned, opened, pinned, reopened, transferred, typed,"
                + " unassigned, unlabeled, unlocked, unpinned, untyped. Use 'issues' to handle"
                + " every action.");
  }

  @Test
  void actionOfEventWithoutActionsFails() {
    assertThat(compile("@OnEvent(\"push.created\") void build() {}").errors())
        .containsExactly(
            "@OnEvent(\"push.created\") on Greeter.build: GitHub event 'push' has no actions."
                + " Use 'push' instead of 'push.created'.");
  }

  @Test
  void everyBadValueOfOneHandlerIsReported() {
    assertThat(
            compile("@OnEvent({\"issues.opened\", \"isues\", \"pul_request\"}) void greet() {}")
                .errors())
        .containsExactly(
            "@OnEvent(\"isues\") on Greeter.greet: unknown GitHub event 'isues'."
                + " Did you mean 'issues'?",
            "@OnEvent(\"pul_request\") on Greeter.greet: unknown GitHub event 'pul_request'."
                + " Did you mean 'pull_request'?");
  }

  @Test
  void inheritedHandlerIsReportedOnceWhereDeclared() {
    assertThat(
            compile(
                    """
                    @OnEvent("isues") void greet() {}

                    @Singleton
                    static class Child extends Greeter {}
                    """)
                .errors())
        .containsExactly(
            "@OnEvent(\"isues\") on Greeter.greet: unknown GitHub event 'isues'."
                + " Did you mean 'issues'?");
  }

  @Test
  void everyEventIsAccepted() {
    TestCompiler.Result result = compile("@OnEvent(\"*\") void audit() {}");

    assertThat(result.errors()).isEmpty();
    assertThat(result.success()).isTrue();
  }

  @Test
  void emptyEventListFails() {
    assertThat(compile("@OnEvent({}) void greet() {}").errors())
        .containsExactly(
            "@OnEvent on Greeter.greet names no events. List at least one, e.g."
                + " @OnEvent(\"issues.opened\"), or use @OnEvent(\"*\") for every event.");
  }

  @Test
  void duplicateEventFails() {
    assertThat(compile("@OnEvent({\"issues.opened\", \"issues.opened\"}) void greet() {}").errors())
        .containsExactly(
            "@OnEvent on Greeter.greet lists 'issues.opened' more than once. Remove the duplicate.");
  }

  @Test
  void matchingPayloadTypesCompile() {
    TestCompiler.Result result =
        compile(
            """
            @OnEvent({"issues.opened", "issues.closed"})
            void greet(IssuesEvent event) {}

            @OnEvent("pull_request")
            void review(PullRequestEvent event, String other) {}
            """);

    assertThat(result.errors()).isEmpty();
    assertThat(result.success()).isTrue();
  }

  @Test
  void payloadOfAnotherEventFailsAndNamesTheRightType() {
    assertThat(
            compile("@OnEvent(\"pull_request.opened\") void greet(IssuesEvent event) {}").errors())
        .containsExactly(
            "IssuesEvent holds 'issues' payloads, but Greeter.greet handles 'pull_request.opened'."
                + " Use PullRequestEvent, or handle 'issues' events.");
  }

  @Test
  void payloadOfEventWithoutTypeSuggestsRawJson() {
    assertThat(
            compile("@OnEvent({\"issues.opened\", \"push\"}) void greet(IssuesEvent event) {}")
                .errors())
        .containsExactly(
            "IssuesEvent holds 'issues' payloads, but Greeter.greet handles 'push'."
                + " Use the raw JsonNode, or handle 'issues' events.");
  }

  @Test
  void payloadWithEveryEventFails() {
    assertThat(compile("@OnEvent(\"*\") void audit(IssuesEvent event) {}").errors())
        .containsExactly(
            "IssuesEvent holds only 'issues' payloads, but Greeter.audit handles '*' (every"
                + " event). A typed payload needs specific events: handle 'issues', or take"
                + " WebhookEvent or the raw JsonNode.");
  }

  // Micronaut adds its own error for private @Executable methods; ours says what to do.
  @Test
  void privateHandlerFails() {
    assertThat(compile("@OnEvent(\"issues.opened\") private void greet() {}").errors())
        .contains(
            "@OnEvent method Greeter.greet is private, so Botwright cannot call it."
                + " Make it package-private or public.");
  }

  @Test
  void staticHandlerFails() {
    assertThat(compile("@OnEvent(\"issues.opened\") static void greet() {}").errors())
        .containsExactly(
            "@OnEvent method Greeter.greet is static, but handlers are methods of a bean."
                + " Remove 'static'.");
  }

  @Test
  void deliveryErrorHandlerTakingTheFailureCompiles() {
    TestCompiler.Result result = compile("@OnDeliveryError void report(DeliveryFailure f) {}");

    assertThat(result.errors()).isEmpty();
    assertThat(result.success()).isTrue();
  }

  @Test
  void deliveryErrorHandlerWithoutTheFailureFails() {
    assertThat(compile("@OnDeliveryError void report(String text) {}").errors())
        .containsExactly(
            "@OnDeliveryError method Greeter.report takes no DeliveryFailure. Add a parameter of"
                + " type dev.botwright.DeliveryFailure, e.g. void report(DeliveryFailure"
                + " failure).");
  }

  @Test
  void privateDeliveryErrorHandlerFails() {
    assertThat(compile("@OnDeliveryError private void report(DeliveryFailure f) {}").errors())
        .contains(
            "@OnDeliveryError method Greeter.report is private, so Botwright cannot call it."
                + " Make it package-private or public.");
  }
}
