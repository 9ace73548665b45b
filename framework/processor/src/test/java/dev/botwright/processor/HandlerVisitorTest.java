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
}
