package dev.botwright.scaffold;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** A terminal whose person answers from a script; without one, asking anything fails the test. */
final class ScriptedTerminal implements Terminal {

  private final boolean interactive;
  private final Deque<String> answers;
  final List<String> prompts = new ArrayList<>();
  final List<String> lines = new ArrayList<>();

  private ScriptedTerminal(boolean interactive, String... answers) {
    this.interactive = interactive;
    this.answers = new ArrayDeque<>(Arrays.asList(answers));
  }

  /** A person answering {@code answers} in order, then pressing Ctrl+D. */
  static ScriptedTerminal answering(String... answers) {
    return new ScriptedTerminal(true, answers);
  }

  /** No terminal at all: standard input is a pipe or a file. */
  static ScriptedTerminal none() {
    return new ScriptedTerminal(false);
  }

  @Override
  public boolean interactive() {
    return interactive;
  }

  @Override
  public String readLine(String prompt) {
    if (!interactive) {
      throw new AssertionError("create-bot asked '" + prompt + "' without a terminal");
    }
    prompts.add(prompt);
    return answers.poll();
  }

  @Override
  public void println(String line) {
    lines.add(line);
  }
}
