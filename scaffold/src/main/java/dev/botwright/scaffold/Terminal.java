package dev.botwright.scaffold;

import java.io.Console;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Where questions are asked; only a real terminal is ever asked anything. */
interface Terminal {

  /** Whether a person is at a terminal to answer questions. */
  boolean interactive();

  /**
   * Shows {@code prompt} and reads one line.
   *
   * @return the line without its end, or {@code null} at end of input (Ctrl+D)
   */
  String readLine(String prompt);

  /** Prints one line to the person at the terminal. */
  void println(String line);

  /** The process's console, when standard input and output are both a terminal. */
  static Terminal system() {
    Console console = System.console();
    return new Terminal() {
      @Override
      public boolean interactive() {
        return console != null && isTerminal(console);
      }

      @Override
      public String readLine(String prompt) {
        return console.readLine("%s", prompt);
      }

      @Override
      public void println(String line) {
        console.writer().println(line);
        console.flush();
      }
    };
  }

  /**
   * From Java 22, {@code System.console()} exists even when the streams are redirected and {@code
   * Console.isTerminal()} tells the difference; before, a console meant a terminal.
   */
  private static boolean isTerminal(Console console) {
    if (Runtime.version().feature() < 22) {
      return true;
    }
    try {
      return (boolean)
          MethodHandles.publicLookup()
              .findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class))
              .invoke(console);
    } catch (Throwable e) {
      return false;
    }
  }
}
