package dev.botwright;

import java.util.List;

/**
 * The bot is configured wrongly: a setting is missing or has a value that cannot work. The message
 * lists every problem with the setting's name and its environment variable, and says what to do; it
 * never contains a secret. {@link Botwright#run} prints it without a stack trace and exits.
 */
public class BotwrightConfigurationException extends RuntimeException {

  private final List<String> problems;

  /**
   * @param problems one line per problem, each naming the setting and what to do
   */
  public BotwrightConfigurationException(List<String> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** One problem. */
  public BotwrightConfigurationException(String problem) {
    this(List.of(problem));
  }

  /** Each problem, one line each. */
  public List<String> problems() {
    return problems;
  }

  private static String describe(List<String> problems) {
    if (problems.size() == 1) {
      return "Botwright cannot start: " + problems.get(0);
    }
    StringBuilder message =
        new StringBuilder("Botwright cannot start: ")
            .append(problems.size())
            .append(" settings need attention:");
    for (String problem : problems) {
      message.append(System.lineSeparator()).append("  - ").append(problem);
    }
    return message.toString();
  }
}
