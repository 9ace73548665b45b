package dev.botwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequentialCheckTest {

  @TempDir Path output;

  private TestCompiler.Result compile(String body) {
    String source =
        """
        package example;

        import dev.botwright.OnEvent;
        import dev.botwright.Sequential;
        import dev.botwright.Sequential.Scope;
        import jakarta.inject.Singleton;

        @Singleton
        class Ordered {
        %s
        }
        """
            .formatted(body);
    return TestCompiler.compile(output, "Ordered", source);
  }

  @Test
  void bothScopesCompileOnHandlersOfFittingEvents() {
    TestCompiler.Result result =
        compile(
            """
            @OnEvent({"issues.opened", "issue_comment", "pull_request_review.submitted"})
            @Sequential(Scope.ISSUE)
            void perIssue() {}

            @OnEvent({"push", "*"})
            @Sequential
            void perRepository() {}
            """);

    assertThat(result.errors()).isEmpty();
    assertThat(result.success()).isTrue();
  }

  @Test
  void withoutOnEventFails() {
    assertThat(compile("@Sequential void helper() {}").errors())
        .containsExactly(
            "@Sequential on Ordered.helper has no effect: it orders the deliveries of an @OnEvent"
                + " handler. Add @OnEvent(...) to the method or remove @Sequential.");
  }

  @Test
  void issueScopeFailsForEachEventWithoutANumber() {
    assertThat(
            compile(
                    """
                    @OnEvent({"issues.opened", "push", "*"})
                    @Sequential(Scope.ISSUE)
                    void perIssue() {}
                    """)
                .errors())
        .containsExactly(
            "@Sequential(Scope.ISSUE) on Ordered.perIssue: 'push' deliveries carry no issue or"
                + " pull request number. Use Scope.ISSUE only with events issue_comment, issues,"
                + " pull_request, pull_request_review, pull_request_review_comment,"
                + " pull_request_review_thread; use @Sequential(Scope.REPOSITORY) for the"
                + " others.",
            "@Sequential(Scope.ISSUE) on Ordered.perIssue: '*' deliveries carry no issue or"
                + " pull request number. Use Scope.ISSUE only with events issue_comment, issues,"
                + " pull_request, pull_request_review, pull_request_review_comment,"
                + " pull_request_review_thread; use @Sequential(Scope.REPOSITORY) for the"
                + " others.");
  }
}
