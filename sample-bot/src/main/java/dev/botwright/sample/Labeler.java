package dev.botwright.sample;

import dev.botwright.Command;
import dev.botwright.EventContext;
import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /label bug "help wanted"} in an issue or pull request comment adds those labels, for
 * commenters with write access to the repository (Botwright refuses the others politely, and lists
 * the command in {@code /help}).
 */
@Singleton
class Labeler {

  @Command(value = "label", description = "Adds labels to this issue or pull request")
  void label(Labels labels, EventContext ctx) {
    ctx.github().issues().addLabels(ctx.issue(), labels.all().toArray(String[]::new));
  }

  /** {@code /label NAME [MORE...]}: at least one label, so a bare {@code /label} gets the usage. */
  @Introspected
  record Labels(String name, List<String> more) {
    List<String> all() {
      List<String> all = new ArrayList<>(List.of(name));
      all.addAll(more);
      return all;
    }
  }
}
