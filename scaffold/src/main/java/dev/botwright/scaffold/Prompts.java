package dev.botwright.scaffold;

import java.util.Optional;
import java.util.function.Function;

/** Asks one question at a time, offering a default and asking again until the answer is valid. */
final class Prompts {

  private final Terminal terminal;

  Prompts(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * Asks {@code question}; an empty answer takes {@code suggested}.
   *
   * @param check says why an answer is not acceptable, or nothing when it is
   */
  String ask(String question, String suggested, Function<String, Optional<String>> check) {
    while (true) {
      String line = terminal.readLine(question + " (" + suggested + "): ");
      if (line == null) {
        throw new ScaffoldException("Cancelled: no project was created.");
      }
      String answer = line.strip().isEmpty() ? suggested : line.strip();
      Optional<String> problem = check.apply(answer);
      if (problem.isEmpty()) {
        return answer;
      }
      terminal.println("  " + problem.get());
    }
  }

  /** Lists the templates and asks for one, by name or number. */
  Template askTemplate(Template suggested) {
    terminal.println("Templates:");
    Template[] templates = Template.values();
    for (int i = 0; i < templates.length; i++) {
      terminal.println(
          "  %d) %-9s the bot %s".formatted(i + 1, templates[i].id(), templates[i].summary()));
    }
    String answer =
        ask(
            "Template, by name or number",
            suggested.id(),
            a -> parseTemplate(a).isPresent() ? Optional.empty() : Optional.of(unknownTemplate(a)));
    return parseTemplate(answer).orElseThrow();
  }

  static Optional<Template> parseTemplate(String answer) {
    Template[] templates = Template.values();
    if (answer.matches("[1-9]") && Integer.parseInt(answer) <= templates.length) {
      return Optional.of(templates[Integer.parseInt(answer) - 1]);
    }
    return Template.byId(answer);
  }

  static String unknownTemplate(String answer) {
    return "'" + answer + "' is not a template: choose one of " + Template.ids() + ".";
  }
}
