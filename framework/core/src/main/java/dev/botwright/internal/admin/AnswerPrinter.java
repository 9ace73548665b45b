package dev.botwright.internal.admin;

import dev.botwright.internal.admin.DeliveriesCommand.AdminHttp.Answer;
import dev.botwright.internal.admin.DeliveriesCommand.CommandLine;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Turns one admin API answer into a few lines for a person and the command's exit status. */
final class AnswerPrinter {

  private final PrintStream out;
  private final PrintStream err;

  AnswerPrinter(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int print(CommandLine line, Answer answer, String base) {
    int status = answer.status();
    if (status == 200 && line.action().equals("list")) {
      list(answer.body());
      return 0;
    }
    if (status == 200 && line.action().equals("show")) {
      show(map(answer.body()));
      return 0;
    }
    if (status == 202) {
      out.println("Delivery " + line.id() + " is queued again.");
      return 0;
    }
    if (status == 401) {
      err.println(
          "The bot refused the admin token (401): BOTWRIGHT_ADMIN_TOKEN must equal the bot's"
              + " botwright.admin.token.");
      return 1;
    }
    String message = String.valueOf(map(answer.body()).getOrDefault("message", ""));
    if (status == 404 && message.isEmpty()) {
      err.println(
          "No admin API at "
              + base
              + " (404): set botwright.admin.token (BOTWRIGHT_ADMIN_TOKEN) on the bot, and"
              + " BOTWRIGHT_ADMIN_PATH here if it moved the admin routes.");
      return 1;
    }
    err.println(
        (message.isEmpty() ? "The bot answered " + status : capitalize(message))
            + " ("
            + status
            + ").");
    return 1;
  }

  private void list(Object body) {
    Map<String, Object> page = map(body);
    List<?> deliveries = page.get("deliveries") instanceof List<?> l ? l : List.of();
    if (deliveries.isEmpty()) {
      out.println("No " + page.getOrDefault("state", "") + " deliveries.");
      return;
    }
    out.printf("%-38s %-9s %-36s %8s  %s%n", "ID", "STATE", "EVENT", "ATTEMPTS", "UPDATED");
    for (Object item : deliveries) {
      Map<String, Object> d = map(item);
      out.printf(
          "%-38s %-9s %-36s %8s  %s%n",
          d.get("id"), d.get("state"), d.get("event"), d.get("attempts"), d.get("updatedAt"));
    }
  }

  private void show(Map<String, Object> d) {
    out.println("Delivery " + d.get("id"));
    out.println("  event:        " + d.get("event"));
    out.println("  installation: " + d.get("installationId"));
    out.println("  state:        " + d.get("state"));
    out.println("  attempts:     " + d.get("attempts"));
    out.println("  received:     " + d.get("receivedAt"));
    out.println("  updated:      " + d.get("updatedAt"));
    if (d.get("nextAttemptAt") != null) {
      out.println("  next attempt: " + d.get("nextAttemptAt"));
    }
    List<?> errors = d.get("errors") instanceof List<?> l ? l : List.of();
    if (!errors.isEmpty()) {
      out.println("  errors:");
      errors.forEach(e -> out.println("    " + e));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object body) {
    return body instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static String capitalize(String message) {
    return Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }
}
