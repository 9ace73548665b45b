package dev.botwright.internal.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command's arguments as a POSIX shell does, without its expansions: blanks separate
 * arguments, {@code "..."} and {@code '...'} keep blanks inside one, a backslash outside single
 * quotes takes the next character as it is. A quote left open runs to the end of the line.
 */
final class Arguments {

  private Arguments() {}

  static List<String> split(String text) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inArgument = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '\\' && i + 1 < text.length()) {
        current.append(text.charAt(++i));
        inArgument = true;
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inArgument = true;
      } else if (c == ' ' || c == '\t') {
        if (inArgument) {
          arguments.add(current.toString());
          current.setLength(0);
          inArgument = false;
        }
      } else {
        current.append(c);
        inArgument = true;
      }
    }
    if (inArgument) {
      arguments.add(current.toString());
    }
    return arguments;
  }
}
