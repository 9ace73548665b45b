package dev.botwright.internal.deliverylog;

import static dev.botwright.internal.web.HtmlPage.escape;

import dev.botwright.internal.logging.Redaction;
import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One delivery: what the journal recorded (state, attempts, timings, errors), the attempts this
 * process ran with their handlers' stack traces, the masked payload, and the two actions.
 */
final class DetailView {

  private DetailView() {}

  /**
   * @param payload the masked payload, or empty when the journal no longer keeps it
   * @param notice what the last action did, shown on top, or empty
   * @param problem why the last action failed, shown on top, or empty
   */
  static String render(
      DeliveryRecord r,
      Optional<String> repository,
      Map<String, String> headers,
      Optional<String> payload,
      List<FailureTraces.Attempt> attempts,
      String notice,
      String problem,
      String csrf) {
    StringBuilder body = new StringBuilder(8192);
    body.append("<p><a href=\"").append(DeliveryPage.PATH).append("\">All deliveries</a></p>");
    if (!notice.isEmpty()) {
      body.append("<p class=\"notice\" id=\"notice\">").append(escape(notice)).append("</p>");
    }
    if (!problem.isEmpty()) {
      body.append("<p class=\"problem\" id=\"problem\">").append(escape(problem)).append("</p>");
    }
    String state = MinuteChart.name(r.state());
    Instant next = r.nextAttemptAt();
    String base = DeliveryPage.PATH + "/" + URLEncoder.encode(r.id(), StandardCharsets.UTF_8);
    body.append("<table id=\"summary\">")
        .append(row("Event", escape(r.eventKey())))
        .append(row("Repository", escape(repository.orElse(""))))
        .append(row("Installation", Long.toString(r.installationId())))
        .append(row("State", "<span id=\"state\" class=\"" + state + "\">" + state + "</span>"))
        .append(row("Attempts", "<span id=\"attempts\">" + r.attempts() + "</span>"))
        .append(row("Received", ListView.TIME.format(r.receivedAt())))
        .append(row("Last change", ListView.TIME.format(r.updatedAt())))
        .append(
            row("Received to last change", took(Duration.between(r.receivedAt(), r.updatedAt()))))
        .append(row("Next attempt", next == null ? "" : ListView.TIME.format(next)))
        .append("</table><p>")
        .append(DeliveryPage.postButton(base + "/replay", csrf, "Run again", "replay"))
        .append(' ')
        .append(
            DeliveryPage.postButton(
                base + "/redeliver", csrf, "Ask GitHub to redeliver", "redeliver"))
        .append("</p><h2>Errors</h2>");
    if (r.errors().isEmpty()) {
      body.append("<p id=\"errors\">None recorded.</p>");
    } else {
      body.append("<ol id=\"errors\">");
      r.errors()
          .forEach(
              e ->
                  body.append("<li><code>")
                      .append(escape(Redaction.redact(e)))
                      .append("</code></li>"));
      body.append("</ol>");
    }
    body.append("<h2>Attempts run by this process</h2>");
    if (attempts.isEmpty()) {
      body.append("<p>None since this process started.</p>");
    }
    int n = 0;
    for (FailureTraces.Attempt attempt : attempts) {
      n++;
      body.append("<h3>Ended ")
          .append(ListView.TIME.format(attempt.endedAt()))
          .append(": ")
          .append(attempt.handlers())
          .append(attempt.handlers() == 1 ? " handler, " : " handlers, ")
          .append(
              attempt.failures().isEmpty()
                  ? "all succeeded"
                  : attempt.failures().size() + " failed")
          .append("</h3>");
      for (FailureTraces.Trace trace : attempt.failures()) {
        body.append("<p>")
            .append(escape(trace.handler()))
            .append("</p><pre class=\"stack\" id=\"stack-")
            .append(n)
            .append("\">")
            .append(escape(trace.stackTrace()))
            .append("</pre>");
      }
    }
    body.append("<h2>Headers</h2><table id=\"headers\">");
    headers.forEach(
        (name, value) -> body.append(row(escape(name), escape(Redaction.redact(value)))));
    body.append("</table><h2>Payload</h2>")
        .append(
            payload
                .map(p -> "<pre id=\"payload\">" + escape(p) + "</pre>")
                .orElse("<p id=\"payload\">The journal no longer keeps this payload.</p>"));
    return DeliveryPage.frame("Delivery " + r.id(), csrf, body.toString());
  }

  private static String row(String name, String value) {
    return "<tr><th>" + name + "</th><td>" + value + "</td></tr>";
  }

  private static String took(Duration d) {
    return d.toMillis() < 10_000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
  }

  /** What the action named by {@code done} (from the redirect after it) did, or empty. */
  static String notice(@Nullable String done) {
    return switch (done == null ? "" : done) {
      case "queued" -> "Queued again: the delivery runs with fresh attempts.";
      case "already_pending" -> "The delivery is already queued or running; nothing was changed.";
      case "not_found" ->
          "The journal no longer keeps this delivery's payload; nothing was queued.";
      case "redelivery" -> "GitHub was asked to send this delivery again.";
      default -> "";
    };
  }
}
