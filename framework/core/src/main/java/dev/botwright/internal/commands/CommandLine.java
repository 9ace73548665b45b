package dev.botwright.internal.commands;

import io.micronaut.core.annotation.Internal;
import java.util.List;

/**
 * One command line of a comment: {@code /label "help wanted" bug} is the command {@code label} with
 * the arguments {@code help wanted} and {@code bug}.
 *
 * @param name the command's name, lowercase, without the slash
 * @param arguments the arguments, quotes removed
 * @param line the line as written, for matching an edit against the comment's earlier text
 */
@Internal
public record CommandLine(String name, List<String> arguments, String line) {

  public CommandLine {
    arguments = List.copyOf(arguments);
  }
}
