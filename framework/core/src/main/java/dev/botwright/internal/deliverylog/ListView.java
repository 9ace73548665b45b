package dev.botwright.internal.deliverylog;

import static dev.botwright.internal.web.HtmlPage.escape;

import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The list: the last hour's chart, the filter form and one row per matching delivery. */
final class ListView {

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter FIELD =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

  private ListView() {}

  /** One delivery with its repository, read from its payload when the journal still has it. */
  record Row(DeliveryRecord record, Optional<String> repository) {}

  static String render(
      DeliveryQuery query, List<Row> rows, int scanned, String chart, String csrf) {
    StringBuilder body = new StringBuilder(4096 + rows.size() * 300);
    body.append("<h2>Last hour</h2>").append(chart).append(form(query));
    for (String problem : query.problems()) {
      body.append("<p class=\"problem\">").append(escape(problem)).append("</p>");
    }
    body.append("<p id=\"count\">")
        .append(rows.size())
        .append(rows.size() == 1 ? " delivery" : " deliveries")
        .append(" shown, newest first, of the ")
        .append(scanned)
        .append(" most recent the journal keeps per state.</p>");
    body.append(
        "<table id=\"deliveries\"><thead><tr><th>Received (UTC)</th><th>Delivery</th>"
            + "<th>Event</th><th>Repository</th><th>Installation</th><th>State</th>"
            + "<th>Attempts</th></tr></thead><tbody>");
    for (Row row : rows) {
      DeliveryRecord r = row.record();
      String state = MinuteChart.name(r.state());
      body.append("<tr><td>")
          .append(TIME.format(r.receivedAt()))
          .append("</td><td><a href=\"")
          .append(DeliveryPage.PATH)
          .append('/')
          .append(escape(URLEncoder.encode(r.id(), StandardCharsets.UTF_8)))
          .append("\">")
          .append(escape(r.id()))
          .append("</a></td><td>")
          .append(escape(r.eventKey()))
          .append("</td><td>")
          .append(escape(row.repository().orElse("")))
          .append("</td><td>")
          .append(r.installationId())
          .append("</td><td class=\"")
          .append(state)
          .append("\">")
          .append(state)
          .append("</td><td>")
          .append(r.attempts())
          .append("</td></tr>");
    }
    body.append("</tbody></table>");
    return DeliveryPage.frame("Delivery log", csrf, body.toString());
  }

  private static String form(DeliveryQuery q) {
    StringBuilder states = new StringBuilder("<option value=\"\">all</option>");
    for (DeliveryState s : DeliveryState.values()) {
      String name = MinuteChart.name(s);
      states
          .append("<option value=\"")
          .append(name)
          .append(s == q.state() ? "\" selected>" : "\">")
          .append(name)
          .append("</option>");
    }
    return "<form id=\"filters\" method=\"get\" action=\""
        + DeliveryPage.PATH
        + "\"><fieldset><legend>Filter</legend>"
        + field("Event", "event", q.event(), "text", "issues.opened")
        + "<label>State <select name=\"state\" id=\"state\">"
        + states
        + "</select></label>"
        + field(
            "Installation",
            "installation",
            q.installation() == 0 ? "" : Long.toString(q.installation()),
            "text",
            "")
        + field("Repository", "repository", q.repository(), "text", "owner/name")
        + field("From (UTC)", "from", time(q.from()), "datetime-local", "")
        + field("To (UTC)", "to", time(q.to()), "datetime-local", "")
        + "<button type=\"submit\" id=\"apply\">Apply</button> <a href=\""
        + DeliveryPage.PATH
        + "\">Clear</a></fieldset></form>";
  }

  private static String field(
      String label, String name, String value, String type, String placeholder) {
    return "<label>"
        + escape(label)
        + " <input type=\""
        + type
        + "\" name=\""
        + name
        + "\" id=\""
        + name
        + "\" value=\""
        + escape(value)
        + "\" placeholder=\""
        + escape(placeholder)
        + "\"></label>";
  }

  private static String time(@Nullable Instant instant) {
    return instant == null ? "" : FIELD.format(instant);
  }
}
