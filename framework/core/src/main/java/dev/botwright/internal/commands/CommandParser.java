package dev.botwright.internal.commands;

import io.micronaut.core.annotation.Internal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the command lines of a comment's Markdown. A command starts a line (after at most three
 * spaces, as a Markdown paragraph does); lines in fenced code blocks, indented code blocks, {@code
 * >} quotes and HTML comments are text that mentions a command, not a command.
 */
@Internal
public final class CommandParser {

  /** {@code /name}, then the end of the line or a blank; GitHub's apps may capitalize it. */
  private static final Pattern COMMAND =
      Pattern.compile("^ {0,3}/([A-Za-z0-9][A-Za-z0-9-]*)(?:[ \\t]+(.*))?$");

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  private CommandParser() {}

  /** Every command line of {@code body}, in order; empty for none or a null body. */
  public static List<CommandLine> parse(@Nullable String body) {
    List<CommandLine> commands = new ArrayList<>();
    if (body == null) {
      return commands;
    }
    @Nullable String fence = null;
    boolean inHtmlComment = false;
    for (String line : body.split("\r\n|\r|\n", -1)) {
      if (fence != null) {
        if (closes(line, fence)) {
          fence = null;
        }
        continue;
      }
      if (inHtmlComment) {
        inHtmlComment = !line.contains("-->");
        continue;
      }
      Matcher opening = FENCE.matcher(line);
      if (opening.find()) {
        fence = opening.group(1);
        continue;
      }
      if (line.startsWith("<!--")) {
        inHtmlComment = !line.substring(4).contains("-->");
        continue;
      }
      if (isIndentedCode(line) || line.stripLeading().startsWith(">")) {
        continue;
      }
      Matcher command = COMMAND.matcher(line.stripTrailing());
      if (command.matches()) {
        String rest = command.group(2);
        commands.add(
            new CommandLine(
                command.group(1).toLowerCase(Locale.ROOT),
                rest == null ? List.of() : Arguments.split(rest),
                line.strip()));
      }
    }
    return commands;
  }

  /** A closing fence is the opening one's character, at least as long, and nothing else. */
  private static boolean closes(String line, String fence) {
    String stripped = line.strip();
    char mark = fence.charAt(0);
    if (stripped.length() < fence.length() || line.length() - line.stripLeading().length() > 3) {
      return false;
    }
    return stripped.chars().allMatch(c -> c == mark);
  }

  private static boolean isIndentedCode(String line) {
    int columns = 0;
    for (int i = 0; i < line.length() && columns < 4; i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        columns++;
      } else if (c == '\t') {
        columns = 4;
      } else {
        return false;
      }
    }
    return columns >= 4 && !line.isBlank();
  }
}
