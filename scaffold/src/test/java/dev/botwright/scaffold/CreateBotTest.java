package dev.botwright.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CreateBotTest {

  static final String[] ALL_FLAGS = {
    "--name=my-bot",
    "--description=Greets people",
    "--author=Ada Lovelace",
    "--owner=octo-org",
    "--package=com.example.bot",
    "--template=checks"
  };

  @TempDir Path work;
  private Git git;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void isolateGit() throws IOException {
    // git reads only this config, so the machine's own settings cannot change the outcome
    Path config = work.resolve("gitconfig");
    Files.writeString(config, "[user]\n\tname = Grace Hopper\n[github]\n\tuser = grace\n");
    git =
        new Git("git", Map.of("GIT_CONFIG_GLOBAL", config.toString(), "GIT_CONFIG_NOSYSTEM", "1"));
    Files.createDirectories(work.resolve("cwd"));
  }

  private int run(Terminal terminal, String... args) {
    CommandLine cli = CreateBot.commandLine(terminal, git, work.resolve("cwd"));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path cwd(String relative) {
    return work.resolve("cwd").resolve(relative);
  }

  @Test
  void withEveryFlagItNeverAsksEvenOnATerminal() throws IOException {
    ScriptedTerminal terminal = ScriptedTerminal.answering();

    assertThat(run(terminal, ALL_FLAGS)).isZero();

    assertThat(terminal.prompts).isEmpty();
    Path project = cwd("my-bot");
    assertThat(project.resolve("src/main/java/com/example/bot/CheckSuiteRunner.java")).exists();
    assertThat(Files.isExecutable(project.resolve("mvnw"))).isTrue();
    assertThat(Files.readString(project.resolve("pom.xml")))
        .contains("<description>Greets people</description>", "<name>Ada Lovelace</name>");
    assertThat(out.toString()).contains("Created my-bot (template checks", "cd my-bot\n");
  }

  @Test
  void withoutATerminalItUsesTheSuggestionsWithoutAsking() throws IOException {
    assertThat(run(ScriptedTerminal.none(), "Hello Bot")).isZero();

    Path project = cwd("Hello Bot");
    assertThat(Files.readString(project.resolve("pom.xml")))
        .contains("<artifactId>hello-bot</artifactId>", "<name>Grace Hopper</name>")
        .contains("<url>https://github.com/grace/hello-bot</url>");
    assertThat(project.resolve("src/main/java/io/github/grace/hellobot/IssueGreeter.java"))
        .exists();
  }

  @Test
  void onATerminalItAsksForWhatIsMissingAndOffersSuggestions() throws IOException {
    ScriptedTerminal terminal =
        ScriptedTerminal.answering("", "Greets people", "", "octo-org", "", "deploy");

    assertThat(run(terminal, "mybot")).isZero();

    assertThat(terminal.prompts)
        .containsExactly(
            "Project name (mybot): ",
            "Description (A GitHub App built with Botwright): ",
            "Author (Grace Hopper): ",
            "GitHub owner (grace): ",
            "Java package (io.github.octoorg.mybot): ",
            "Template, by name or number (basic): ");
    assertThat(terminal.lines).anyMatch(l -> l.contains("3) deploy"));
    assertThat(cwd("mybot/src/main/java/io/github/octoorg/mybot/PullRequestDeployer.java"))
        .exists();
    assertThat(Files.readString(cwd("mybot/app.yml"))).contains("\"Greets people\"");
  }

  @Test
  void asksAgainUntilAnAnswerIsValid() {
    ScriptedTerminal terminal =
        ScriptedTerminal.answering(
            "My Bot", "my-bot", "", "", "-octo-", "octo", "Com.X", "", "9", "2");

    assertThat(run(terminal)).isZero();

    assertThat(terminal.lines)
        .contains(
            "  " + Names.nameProblem("My Bot").orElseThrow(),
            "  " + Names.ownerProblem("-octo-").orElseThrow(),
            "  " + Names.packageProblem("Com.X").orElseThrow(),
            "  " + Prompts.unknownTemplate("9"));
    assertThat(cwd("my-bot/src/main/java/io/github/octo/mybot/CheckSuiteRunner.java")).exists();
  }

  @Test
  void endOfInputWhileAskingCreatesNothing() {
    assertThat(run(ScriptedTerminal.answering("my-bot"))).isEqualTo(1);

    assertThat(err.toString()).contains("create-bot: Cancelled: no project was created.");
    assertThat(work.resolve("cwd")).isEmptyDirectory();
  }

  @Test
  void badFlagsAreUsageErrorsThatNameTheValue() {
    assertThat(run(ScriptedTerminal.none(), "--name=My_Bot")).isEqualTo(2);
    assertThat(err.toString()).contains("'My_Bot' is not a valid project name");

    assertThat(run(ScriptedTerminal.none(), "--package=com.class")).isEqualTo(2);
    assertThat(err.toString()).contains("'com.class' is not a valid Java package");

    assertThat(run(ScriptedTerminal.none(), "--owner=octo_org")).isEqualTo(2);
    assertThat(err.toString()).contains("'octo_org' is not a valid GitHub owner");

    assertThat(run(ScriptedTerminal.none(), "--template=fancy")).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "'fancy' is not a template: choose one of basic, checks, deploy, git-data,"
                + " commands.");

    assertThat(run(ScriptedTerminal.none(), "--description=two\nlines")).isEqualTo(2);
    assertThat(run(ScriptedTerminal.none(), "--templat=basic")).isEqualTo(2);
    assertThat(err.toString())
        .contains("create-bot: Unknown option: '--templat=basic'")
        .contains("Run 'create-bot --help' for every option.")
        .doesNotContain("Usage:");
    assertThat(work.resolve("cwd")).isEmptyDirectory();
  }

  @Test
  void actionsAddsTheWorkflowForATemplateAWorkflowCanRun() throws IOException {
    assertThat(run(ScriptedTerminal.none(), "my-bot", "--template=commands", "--actions")).isZero();

    assertThat(Files.readString(cwd("my-bot/.github/workflows/bot.yml")))
        .contains("issue_comment:", "java -jar target/my-bot.jar action");
    assertThat(cwd("my-bot/.github/workflows/ci.yml")).exists();
    assertThat(out.toString()).contains(".github/workflows/bot.yml runs it in GitHub Actions");
  }

  @Test
  void actionsWithATemplateNoWorkflowCanRunIsRefusedWithTheReason() {
    assertThat(run(ScriptedTerminal.none(), "my-bot", "--template=git-data", "--actions"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "--actions: the git-data template's bot cannot run in a workflow: GitHub sends"
                + " installation events to the app only")
        .contains("Choose one of basic, deploy, commands, or leave out --actions");

    // Chosen at the terminal, after the options were checked: refused the same way.
    ScriptedTerminal terminal = ScriptedTerminal.answering("", "", "", "octo-org", "", "checks");
    assertThat(run(terminal, "my-bot", "--actions")).isEqualTo(1);
    assertThat(err.toString())
        .contains("the checks template's bot cannot run in a workflow: GitHub Actions starts a")
        .contains("check_suite completed only");
    assertThat(work.resolve("cwd")).isEmptyDirectory();
  }

  @Test
  void refusesANonEmptyDestinationUnlessForced() throws IOException {
    Path existing = Files.createDirectories(cwd("taken"));
    Files.writeString(existing.resolve("notes.txt"), "mine");
    Files.writeString(existing.resolve("README.md"), "old");

    assertThat(run(ScriptedTerminal.answering(), "taken")).isEqualTo(1);
    assertThat(err.toString()).contains("taken is not empty: choose a new folder, or pass --force");
    try (Stream<Path> entries = Files.list(existing)) {
      assertThat(entries).hasSize(2);
    }

    assertThat(run(ScriptedTerminal.none(), "taken", "--force")).isZero();
    assertThat(existing.resolve("notes.txt")).hasContent("mine");
    assertThat(Files.readString(existing.resolve("README.md"))).startsWith("# taken");
    assertThat(existing.resolve("pom.xml")).exists();
    assertThat(siblingsOf(existing)).containsOnly("taken");
  }

  @Test
  void anEmptyDestinationIsFine() throws IOException {
    Files.createDirectories(cwd("empty"));

    assertThat(run(ScriptedTerminal.none(), "empty")).isZero();

    assertThat(cwd("empty/pom.xml")).exists();
  }

  @Test
  void anUnwritableDestinationIsAClearErrorAndLeavesNothing() throws IOException {
    Files.writeString(cwd("a-file"), "not a folder");

    assertThat(run(ScriptedTerminal.none(), "a-file/deeper/bot")).isEqualTo(1);

    assertThat(err.toString())
        .contains("create-bot: Cannot write " + cwd("a-file/deeper/bot"))
        .contains("Not a directory (" + cwd("a-file/deeper") + ")")
        .contains("Choose a destination you can write to.");
    assertThat(cwd("a-file")).hasContent("not a folder");
    assertThat(siblingsOf(cwd("a-file"))).containsOnly("a-file");
  }

  @Test
  void aFileAsTheDestinationIsRefused() throws IOException {
    Files.writeString(cwd("bot"), "x");

    assertThat(run(ScriptedTerminal.none(), "bot")).isEqualTo(1);

    assertThat(err.toString()).contains("bot is a file, not a folder");
  }

  @Test
  void gitMakesAFirstCommitOfEveryFile() throws Exception {
    assertThat(run(ScriptedTerminal.none(), "new/bot", "--git")).isZero();
    assertThat(out.toString()).contains("  cd new/bot\n");

    Path project = cwd("new/bot");
    String log = exec(project, "git", "log", "--format=%an|%s");
    assertThat(log.strip()).isEqualTo("Grace Hopper|Create bot from create-bot's basic");
    assertThat(exec(project, "git", "status", "--porcelain")).isEmpty();
    assertThat(exec(project, "git", "ls-files")).contains("mvnw", ".gitignore", "app.yml");
  }

  @Test
  void aFailingGitCommitLeavesNoHalfWrittenProject() throws Exception {
    Path hooks = Files.createDirectories(work.resolve("hooks"));
    Path preCommit = hooks.resolve("pre-commit");
    Files.writeString(preCommit, "#!/bin/sh\necho 'hook says no' >&2\nexit 1\n");
    preCommit.toFile().setExecutable(true);
    Path config = work.resolve("gitconfig");
    Files.writeString(config, Files.readString(config) + "[core]\n\thooksPath = " + hooks + "\n");

    assertThat(run(ScriptedTerminal.none(), "deep/er/bot", "--git")).isEqualTo(1);

    assertThat(err.toString())
        .contains("'git commit --quiet --message")
        .contains("hook says no")
        .contains("Nothing was created.");
    // neither the project, its hidden staging folder, nor the folders made for it remain
    assertThat(work.resolve("cwd")).isEmptyDirectory();
  }

  @Test
  void gitIsRefusedInsideAnExistingRepository() throws IOException {
    Files.createDirectories(cwd("repo/.git"));

    assertThat(run(ScriptedTerminal.none(), "repo", "--force", "--git")).isEqualTo(1);

    assertThat(err.toString()).contains("is already a git repository: leave out --git");
    assertThat(cwd("repo/pom.xml")).doesNotExist();
  }

  @Test
  void listsTemplatesAndPrintsVersionAndHelp() {
    assertThat(run(ScriptedTerminal.none(), "--list-templates")).isZero();
    assertThat(out.toString())
        .contains("basic     the bot comments on every new issue")
        .contains("git-data ")
        .contains("commands  the bot answers /hello and /label comments (@Command)");

    assertThat(run(ScriptedTerminal.none(), "--version")).isZero();
    assertThat(out.toString()).contains("create-bot " + VersionInfo.load().botwright());

    assertThat(run(ScriptedTerminal.none(), "--help")).isZero();
    assertThat(out.toString()).contains("Usage: create-bot", "--template", "--force", "--git");
    assertThat(work.resolve("cwd")).isEmptyDirectory();
  }

  private static java.util.List<String> siblingsOf(Path path) throws IOException {
    try (Stream<Path> entries = Files.list(path.getParent())) {
      return entries.map(p -> p.getFileName().toString()).toList();
    }
  }

  private String exec(Path dir, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("GIT_CONFIG_GLOBAL", work.resolve("gitconfig").toString());
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }
}
