package dev.botwright.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated project's build checks nullness: a handler that dereferences a payload field GitHub
 * may leave out fails to compile with NullAway's message, and the same handler written null-safe
 * compiles.
 */
class NullnessCheckIT {

  private static final String HANDLER = "src/main/java/com/example/nulls/AuthorLogger.java";

  private static final String UNSAFE =
      """
      package com.example.nulls;

      import dev.botwright.EventContext;
      import dev.botwright.OnEvent;
      import dev.botwright.event.IssuesEvent;
      import jakarta.inject.Singleton;

      @Singleton
      class AuthorLogger {
        @OnEvent("issues.opened")
        void log(IssuesEvent.Opened event, EventContext ctx) {
          ctx.log().info("Opened by {}", event.issue().user().login());
        }
      }
      """;

  private static final String NULL_SAFE =
      """
      package com.example.nulls;

      import dev.botwright.EventContext;
      import dev.botwright.OnEvent;
      import dev.botwright.event.IssuesEvent;
      import dev.botwright.event.User;
      import jakarta.inject.Singleton;

      @Singleton
      class AuthorLogger {
        @OnEvent("issues.opened")
        void log(IssuesEvent.Opened event, EventContext ctx) {
          User author = event.issue().user();
          ctx.log().info("Opened by {}", author == null ? "a deleted account" : author.login());
        }
      }
      """;

  @TempDir Path work;

  @Test
  void aNullableDereferenceFailsTheBuildAndTheNullSafeHandlerCompiles() throws Exception {
    Processes.Result generated =
        Processes.run(
            work,
            Processes.createBot(
                "nulls",
                "--template",
                "basic",
                "--owner",
                "octo",
                "--package",
                "com.example.nulls"),
            work.resolve("create.log"),
            2);
    assertThat(generated.exitCode()).as(generated.output()).isZero();
    Path project = work.resolve("nulls");

    Files.writeString(project.resolve(HANDLER), UNSAFE);
    Processes.Result unsafe = compile(project, "unsafe");
    assertThat(unsafe.exitCode()).as(unsafe.output()).isNotZero();
    assertThat(unsafe.output())
        .contains("AuthorLogger.java:[12,")
        .contains("error: [NullAway] dereferenced expression 'event.issue().user()' is @Nullable");

    Files.writeString(project.resolve(HANDLER), NULL_SAFE);
    Processes.Result safe = compile(project, "null-safe");
    assertThat(safe.exitCode()).as(safe.output()).isZero();
    assertThat(safe.output()).doesNotContain("NullAway");
  }

  private Processes.Result compile(Path project, String name) throws Exception {
    List<String> compile = new ArrayList<>(List.of("./mvnw", "-B", "-ntp", "-o", "compile"));
    String repository = System.getProperty("maven.repo.local");
    if (repository != null && !repository.isBlank()) {
      compile.add("-Dmaven.repo.local=" + repository);
    }
    return Processes.run(project, compile, work.resolve(name + ".log"), 10);
  }
}
