package dev.botwright.scaffold;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code create-bot}: generates a new bot project that builds and passes its tests.
 *
 * <p>Run {@code java -jar scaffold/target/create-bot.jar --help}. Plain picocli, without a
 * Micronaut context: the generator needs no dependency injection, and starts in a fraction of the
 * time.
 */
@Command(
    name = "create-bot",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.Provider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Generates a Botwright bot project (Maven, tests, app.yml, Dockerfile, CI) in DIRECTORY.",
      "On a terminal it asks for each setting not given as an option; without one, or with"
          + " --yes, it never asks and uses the suggested values.",
      "Example: create-bot my-bot --template checks --owner octo-org --git"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the project was created",
      "1:it could not be created; nothing was left behind",
      "2:a wrong option or value"
    })
public final class CreateBot implements Callable<Integer> {

  @Parameters(
      arity = "0..1",
      paramLabel = "DIRECTORY",
      description = "Where to create the project (default: ./NAME).")
  Path directory;

  @Option(
      names = {"-n", "--name"},
      description = "Project name and Maven artifactId (default: DIRECTORY's name, or my-bot).")
  String name;

  @Option(
      names = {"-d", "--description"},
      description = "One line about the bot.")
  String description;

  @Option(
      names = {"-a", "--author"},
      description = "Your name (default: git config user.name).")
  String author;

  @Option(
      names = {"-o", "--owner"},
      description =
          "GitHub user or organization that will own the app (default: git config"
              + " github.user).")
  String owner;

  @Option(
      names = {"-p", "--package"},
      description = "Java package (default: io.github.OWNER.NAME).")
  String packageName;

  @Option(
      names = {"-t", "--template"},
      description = "What the bot does to begin with: ${COMPLETION-CANDIDATES} (default: basic).",
      completionCandidates = TemplateIds.class)
  String template;

  @Option(names = "--list-templates", description = "List the templates and exit.")
  boolean listTemplates;

  @Option(
      names = {"-y", "--yes"},
      description = "Never ask: use the suggested value for every option not given.")
  boolean yes;

  @Option(
      names = "--force",
      description = "Write into a folder that is not empty (files of the same name are replaced).")
  boolean force;

  @Option(names = "--git", description = "Make the project a git repository with a first commit.")
  boolean git;

  @Option(
      names = "--actions",
      description =
          "Also write .github/workflows/bot.yml, which runs the bot's handlers in GitHub Actions"
              + " on its template's events (java -jar ... action) instead of a server.")
  boolean actions;

  @Spec CommandSpec spec;

  private final Terminal terminal;
  private final Git gitCommands;
  private final Path workingDir;

  CreateBot(Terminal terminal, Git git, Path workingDir) {
    this.terminal = terminal;
    this.gitCommands = git;
    this.workingDir = workingDir;
  }

  /** Runs {@code create-bot} and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine(Terminal.system(), Git.system(), Path.of("")).execute(args));
  }

  static CommandLine commandLine(Terminal terminal, Git git, Path workingDir) {
    CommandLine commandLine = new CommandLine(new CreateBot(terminal, git, workingDir));
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (!(e instanceof ScaffoldException)) {
            throw e;
          }
          cmd.getErr().println("create-bot: " + e.getMessage());
          return 1;
        });
    commandLine.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("create-bot: " + e.getMessage());
          UnmatchedArgumentException.printSuggestions(e, err);
          err.println("Run 'create-bot --help' for every option.");
          return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
    return commandLine;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (listTemplates) {
      for (Template t : Template.values()) {
        out.printf("%-9s the bot %s%n", t.id(), t.summary());
      }
      return 0;
    }
    checkOptions();
    Path base = workingDir.toAbsolutePath();
    if (directory != null) {
      ProjectWriter.checkDestination(base.resolve(directory).normalize(), force);
    }
    ProjectSettings settings =
        new Questions(yes ? null : terminal, gitCommands, base)
            .settle(
                new Questions.Given(
                    name, description, author, owner, packageName, template, actions),
                directory == null ? null : base.resolve(directory).normalize());
    if (actions) {
      // The template may have been chosen at the terminal, after the options were checked.
      actionsProblem(settings.template())
          .ifPresent(
              problem -> {
                throw new ScaffoldException(problem);
              });
    }
    Path destination =
        base.resolve(directory != null ? directory : Path.of(settings.name())).normalize();
    ProjectWriter.checkDestination(destination, force);
    if (git && Files.exists(destination.resolve(".git"))) {
      throw new ScaffoldException(
          destination + " is already a git repository: leave out --git, or choose a new folder.");
    }
    Map<String, String> files = ProjectFiles.render(settings, VersionInfo.load());
    ProjectWriter.write(
        destination,
        files,
        dir -> {
          if (git) {
            gitCommands.initialCommit(
                dir,
                "Create " + settings.name() + " from create-bot's " + settings.template().id(),
                settings.author(),
                settings.owner());
          }
        });
    out.println(nextSteps(settings, base, destination, files.size()));
    return 0;
  }

  private void checkOptions() {
    reject(name, Names::nameProblem);
    reject(description, d -> Names.textProblem("description", d));
    reject(author, a -> Names.textProblem("author", a));
    reject(owner, Names::ownerProblem);
    reject(packageName, Names::packageProblem);
    reject(
        template,
        t ->
            Template.byId(t).isPresent()
                ? Optional.empty()
                : Optional.of(Prompts.unknownTemplate(t)));
    if (actions) {
      reject(template, t -> actionsProblem(Template.byId(t).orElseThrow()));
    }
  }

  private static Optional<String> actionsProblem(Template template) {
    return template
        .actionsProblem()
        .map(
            why ->
                "--actions: the "
                    + template.id()
                    + " template's bot cannot run in a workflow: "
                    + why
                    + ". Choose one of "
                    + Template.actionsIds()
                    + ", or leave out --actions and run the bot as a server.");
  }

  private void reject(String value, Function<String, Optional<String>> check) {
    if (value != null) {
      check
          .apply(value)
          .ifPresent(
              problem -> {
                throw new ParameterException(spec.commandLine(), problem);
              });
    }
  }

  private static String nextSteps(
      ProjectSettings settings, Path base, Path destination, int fileCount) {
    Path shown = base.relativize(destination);
    return String.join(
        System.lineSeparator(),
        "Created "
            + settings.name()
            + " (template "
            + settings.template().id()
            + ", "
            + fileCount
            + " files) in "
            + destination,
        "",
        "Next:",
        "  cd " + (shown.toString().isEmpty() ? "." : shown),
        "  ./mvnw -B verify                                  # run the tests",
        "  ./mvnw -B -q package -DskipTests && java -jar target/"
            + settings.name()
            + ".jar    # start the bot (setup mode without credentials)",
        "",
        settings.actions()
            ? "README.md explains how to register the GitHub App and deploy the bot;"
                + " .github/workflows/bot.yml runs it in GitHub Actions once pushed."
            : "README.md explains how to register the GitHub App and deploy the bot.");
  }

  /** The template names, for {@code --help}. */
  static final class TemplateIds extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    TemplateIds() {
      super(java.util.Arrays.stream(Template.values()).map(Template::id).toList());
    }
  }
}
