package dev.botwright.internal.deliverylog;

import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deliveries received per minute over the last hour, stacked by their state now, as inline SVG: no
 * script, no stylesheet, nothing loaded, so it passes the page's Content-Security-Policy.
 */
final class MinuteChart {

  static final int MINUTES = 60;

  private static final int BAR = 10;
  private static final int HEIGHT = 100;
  private static final Map<DeliveryState, String> COLORS =
      new EnumMap<>(
          Map.of(
              DeliveryState.DONE, "#1a7f37",
              DeliveryState.FAILED, "#bc4c00",
              DeliveryState.DEAD, "#cf222e",
              DeliveryState.RUNNING, "#0969da",
              DeliveryState.RECEIVED, "#9a6700"));

  private MinuteChart() {}

  /** Counts per minute (0 = the oldest of the hour) and state, of records received in the hour. */
  static int[][] counts(List<DeliveryRecord> records, Instant now) {
    int[][] counts = new int[MINUTES][DeliveryState.values().length];
    Instant start = now.minus(Duration.ofMinutes(MINUTES));
    for (DeliveryRecord record : records) {
      if (record.receivedAt().isBefore(start) || record.receivedAt().isAfter(now)) {
        continue;
      }
      int minute =
          (int) Math.min(MINUTES - 1, Duration.between(start, record.receivedAt()).toMinutes());
      counts[minute][record.state().ordinal()]++;
    }
    return counts;
  }

  /** The chart as an {@code <svg>} element with a legend of the hour's totals. */
  static String svg(List<DeliveryRecord> records, Instant now) {
    int[][] counts = counts(records, now);
    int max = 1;
    int[] totals = new int[DeliveryState.values().length];
    for (int[] minute : counts) {
      int sum = 0;
      for (int s = 0; s < minute.length; s++) {
        sum += minute[s];
        totals[s] += minute[s];
      }
      max = Math.max(max, sum);
    }
    StringBuilder svg =
        new StringBuilder(
            "<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\""
                + MINUTES * BAR
                + "\" height=\""
                + (HEIGHT + 20)
                + "\" aria-label=\"Deliveries per minute by state, last hour\">");
    svg.append("<rect width=\"100%\" height=\"").append(HEIGHT).append("\" fill=\"#f6f8fa\"/>");
    for (int m = 0; m < MINUTES; m++) {
      int y = HEIGHT;
      for (DeliveryState state : DeliveryState.values()) {
        int n = counts[m][state.ordinal()];
        if (n == 0) {
          continue;
        }
        int h = Math.max(1, n * HEIGHT / max);
        y -= h;
        svg.append("<rect class=\"bar\" x=\"")
            .append(m * BAR + 1)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(BAR - 2)
            .append("\" height=\"")
            .append(h)
            .append("\" fill=\"")
            .append(COLORS.get(state))
            .append("\"><title>")
            .append(n)
            .append(' ')
            .append(name(state))
            .append(", ")
            .append(MINUTES - m)
            .append(" min ago</title></rect>");
      }
    }
    svg.append("<text x=\"0\" y=\"")
        .append(HEIGHT + 15)
        .append("\" font-size=\"11\">-60 min</text><text x=\"")
        .append(MINUTES * BAR - 30)
        .append("\" y=\"")
        .append(HEIGHT + 15)
        .append("\" font-size=\"11\">now</text></svg><p id=\"legend\">");
    for (DeliveryState state : DeliveryState.values()) {
      svg.append("<span class=\"")
          .append(name(state))
          .append("\">&#9632; ")
          .append(name(state))
          .append(' ')
          .append(totals[state.ordinal()])
          .append("</span> ");
    }
    return svg.append("(max ").append(max).append(" a minute)</p>").toString();
  }

  static String name(DeliveryState state) {
    return state.name().toLowerCase(Locale.ROOT);
  }
}
