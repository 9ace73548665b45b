package dev.botwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandCheckTest {

  @TempDir Path output;

  /** Compiles {@code body} as the members of class Commands, line 15 being its first line. */
  private TestCompiler.Result compile(String body) {
    String source =
        """
        package example;

        import dev.botwright.Command;
        import dev.botwright.DeliveryFailure;
        import dev.botwright.Permission;
        import dev.botwright.Sequential;
        import dev.botwright.event.IssueCommentEvent;
        import dev.botwright.event.IssuesEvent;
        import io.micronaut.core.annotation.Introspected;
        import jakarta.inject.Singleton;
        import java.util.List;

        @Singleton
        class Commands {
        %s
        }

        @Introspected
        record Assign(String user) {}

        @Introspected
        record Move(String column, List<String> issues) {}

        record Unannotated(String user) {}

        @Introspected
        record ListFirst(List<String> labels, String reason) {}
        """
            .formatted(body);
    return TestCompiler.compile(output, "Commands", source);
  }

  @Test
  void everyArgumentsFormAnyPermissionAndSequentialCompile() {
    TestCompiler.Result result =
        compile(
            """
            @Command(value = "label", description = "Adds labels", permission = Permission.TRIAGE)
            void label(List<String> labels, IssueCommentEvent.Created event) {}

            @Command(value = "assign-2", onEdit = true)
            void assign(Assign arguments, IssueCommentEvent event) {}

            @Command("move")
            void move(Move arguments) {}

            @Command(value = "ping", permission = Permission.ANYONE)
            @Sequential(Sequential.Scope.ISSUE)
            void ping() {}
            """);

    assertThat(result.errors()).isEmpty();
    assertThat(result.success()).isTrue();
  }

  @Test
  void anInvalidNameFailsAtTheMethod() {
    TestCompiler.Result result =
        compile(
            """
            @Command("/Label")
            void label() {}
            """);

    assertThat(result.errors())
        .containsExactly(
            "@Command(\"/Label\") on Commands.label: a command's name is lowercase letters, digits"
                + " and '-', starting with a letter or digit, without the slash, e.g."
                + " @Command(\"add-label\").");
    assertThat(result.errorLines()).containsExactly(16L);
  }

  @Test
  void helpIsReserved() {
    assertThat(compile("@Command(\"help\") void help() {}").errors())
        .containsExactly(
            "@Command(\"help\") on Commands.help: /help is Botwright's own, listing the commands a"
                + " commenter may run (from each @Command's description). Choose another name.");
  }

  @Test
  void aDuplicateNameFailsAtTheSecondMethodEvenInAnotherClass() {
    TestCompiler.Result result =
        compile(
            """
            @Command("label")
            void label() {}
            }

            @Singleton
            class MoreCommands {
            @Command("label")
            void tag() {}
            """);

    assertThat(result.errors())
        .containsExactly(
            "@Command(\"label\") on MoreCommands.tag: Commands.label is already the /label"
                + " command. Give each command its own name.");
    assertThat(result.errorLines()).containsExactly(22L);
  }

  @Test
  void unbindableParametersFailNamingTheFix() {
    TestCompiler.Result result =
        compile(
            """
            @Command("a")
            void a(List<Integer> numbers) {}

            @Command("b")
            void b(Unannotated arguments) {}

            @Command("c")
            void c(ListFirst arguments) {}

            @Command("d")
            void d(List<String> labels, Assign arguments) {}

            @Command("e")
            void e(DeliveryFailure failure) {}

            @Command("f")
            void f(IssuesEvent.Opened event) {}
            """);

    assertThat(result.errors())
        .containsExactly(
            "@Command method Commands.a: parameter 'numbers' is a List of something else than"
                + " String. A command's arguments are a List<String>.",
            "@Command method Commands.b: record Unannotated of the command's arguments is not"
                + " annotated @Introspected, so Botwright cannot build it without reflection."
                + " Annotate it with @io.micronaut.core.annotation.Introspected.",
            "@Command method Commands.c: in record ListFirst of the command's arguments, only the"
                + " last component may be a List<String> (it takes the remaining arguments);"
                + " 'labels' is not last or not a List<String>.",
            "@Command method Commands.d has two parameters for the command's arguments, 'labels'"
                + " and 'arguments'. Keep one: a List<String> or a record of the arguments.",
            "@Command method Commands.e takes a DeliveryFailure, which only @OnDeliveryError"
                + " methods receive. Remove the parameter.",
            "IssuesEvent.Opened holds 'issues.opened' payloads, but Commands.f handles"
                + " 'issue_comment.created'. Use IssueCommentEvent.Created, or handle"
                + " 'issues.opened' events.");
  }

  @Test
  void anEditedCommandNeedsAPayloadForBothActions() {
    assertThat(
            compile(
                    """
                    @Command(value = "label", onEdit = true)
                    void label(IssueCommentEvent.Created event) {}
                    """)
                .errors())
        .containsExactly(
            "IssueCommentEvent.Created holds only 'issue_comment.created' payloads, but"
                + " Commands.label handles 'issue_comment.edited'. Use IssueCommentEvent, or"
                + " handle only 'issue_comment.created'.");
  }

  @Test
  void privateAndStaticCommandsFail() {
    assertThat(
            compile(
                    """
                    @Command("a") private void a() {}
                    @Command("b") static void b() {}
                    """)
                .errors())
        .contains(
            "@Command method Commands.a is private, so Botwright cannot call it. Make it"
                + " package-private or public.",
            "@Command method Commands.b is static, but handlers are methods of a bean. Remove"
                + " 'static'.");
  }
}
