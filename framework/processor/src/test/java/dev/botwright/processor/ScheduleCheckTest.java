package dev.botwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCheckTest {

  @TempDir Path output;

  private TestCompiler.Result compile(String body) {
    String source =
        """
        package example;

        import dev.botwright.InstallationContext;
        import dev.botwright.OnSchedule;
        import dev.botwright.RepositoryContext;
        import jakarta.inject.Singleton;

        @Singleton
        class Sweeper {
        %s
        }
        """
            .formatted(body);
    return TestCompiler.compile(output, "Sweeper", source);
  }

  @Test
  void everyUnitAndBothContextsCompile() {
    TestCompiler.Result result =
        compile(
            """
            @OnSchedule(every = "30s") void a(InstallationContext ctx) {}
            @OnSchedule(every = "15m") void b(RepositoryContext ctx) {}
            @OnSchedule(every = "1h") void c(InstallationContext ctx) {}
            @OnSchedule(every = "1d") public void d(RepositoryContext ctx) {}
            """);

    assertThat(result.errors()).isEmpty();
    assertThat(result.success()).isTrue();
  }

  @Test
  void aBadDurationFailsNamingTheFix() {
    for (String every : new String[] {"1 h", "0h", "1w", "h", "", "-1d", "1.5h", "60min"}) {
      assertThat(
              compile("@OnSchedule(every = \"" + every + "\") void a(InstallationContext c) {}")
                  .errors())
          .as(every)
          .containsExactly(
              "@OnSchedule(every = \""
                  + every
                  + "\") on Sweeper.a is not a duration. Write a positive whole number and a"
                  + " unit, s, m, h or d, e.g. \"30s\", \"15m\", \"1h\" or \"1d\".");
    }
  }

  @Test
  void aWrongParameterFails() {
    String message =
        "@OnSchedule method Sweeper.%s must take exactly one parameter: an InstallationContext"
            + " (called once per installation) or a RepositoryContext (called once per"
            + " repository), e.g. void %s(RepositoryContext repo).";
    assertThat(
            compile(
                    """
                    @OnSchedule(every = "1h") void none() {}
                    @OnSchedule(every = "1h") void text(String s) {}
                    @OnSchedule(every = "1h") void two(InstallationContext a, RepositoryContext b) {}
                    """)
                .errors())
        .containsExactly(
            message.formatted("none", "none"),
            message.formatted("text", "text"),
            message.formatted("two", "two"));
  }

  @Test
  void aPrivateOrStaticMethodFails() {
    assertThat(
            compile(
                    """
                    @OnSchedule(every = "1h") private void hidden(InstallationContext c) {}
                    @OnSchedule(every = "1h") static void shared(InstallationContext c) {}
                    """)
                .errors())
        // Micronaut adds its own error for the private method.
        .contains(
            "@OnSchedule method Sweeper.hidden is private, so Botwright cannot call it. Make it a"
                + " package-private or public instance method.",
            "@OnSchedule method Sweeper.shared is static, so Botwright cannot call it. Make it a"
                + " package-private or public instance method.");
  }
}
