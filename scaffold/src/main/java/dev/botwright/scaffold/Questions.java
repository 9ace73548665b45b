package dev.botwright.scaffold;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Settles each project setting: the option's value when given, else the answer of the person at the
 * terminal, else the suggestion. Suggestions come from git's settings and the folder's name.
 */
final class Questions {

  static final String DEFAULT_DESCRIPTION = "A GitHub App built with Botwright";

  /**
   * The settings given as options, each {@code null} when not given; already validated. {@code
   * actions} is never asked: it is {@code --actions}, or not.
   */
  record Given(
      String name,
      String description,
      String author,
      String owner,
      String packageName,
      String template,
      boolean actions) {

    boolean complete() {
      return Stream.of(name, description, author, owner, packageName, template)
          .allMatch(v -> v != null);
    }
  }

  private final Terminal terminal;
  private final Git git;
  private final Path base;

  /**
   * @param terminal where to ask; {@code null} to never ask
   * @param base the folder {@code create-bot} runs in, whose git settings give suggestions
   */
  Questions(Terminal terminal, Git git, Path base) {
    this.terminal = terminal;
    this.git = git;
    this.base = base;
  }

  /**
   * @param destination the folder the user named, or {@code null}
   */
  ProjectSettings settle(Given given, Path destination) {
    Prompts prompts =
        terminal != null && terminal.interactive() && !given.complete()
            ? new Prompts(terminal)
            : null;
    String name =
        answer(
            prompts, given.name(), "Project name", suggestedName(destination), Names::nameProblem);
    String description =
        answer(
            prompts,
            given.description(),
            "Description",
            DEFAULT_DESCRIPTION,
            t -> Names.textProblem("description", t));
    String suggestedAuthor =
        git.config(base, "user.name").orElse(System.getProperty("user.name", "Botwright user"));
    String author =
        answer(
            prompts,
            given.author(),
            "Author",
            suggestedAuthor,
            t -> Names.textProblem("author", t));
    String suggestedOwner = Names.ownerFrom(git.config(base, "github.user").orElse(author));
    String owner =
        answer(prompts, given.owner(), "GitHub owner", suggestedOwner, Names::ownerProblem);
    String packageName =
        answer(
            prompts,
            given.packageName(),
            "Java package",
            Names.packageFrom(owner, name),
            Names::packageProblem);
    Template template =
        given.template() != null
            ? Template.byId(given.template()).orElseThrow()
            : prompts != null ? prompts.askTemplate(Template.BASIC) : Template.BASIC;
    return new ProjectSettings(
        name, description, author, owner, packageName, template, given.actions());
  }

  private static String suggestedName(Path destination) {
    Path folder = destination == null ? null : destination.getFileName();
    return folder == null ? Names.FALLBACK_NAME : Names.nameFrom(folder.toString());
  }

  private static String answer(
      Prompts prompts,
      String given,
      String question,
      String suggested,
      Function<String, Optional<String>> check) {
    if (given != null) {
      return given;
    }
    return prompts != null ? prompts.ask(question, suggested, check) : suggested;
  }
}
