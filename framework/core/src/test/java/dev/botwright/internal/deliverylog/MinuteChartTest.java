package dev.botwright.internal.deliverylog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinuteChartTest {

  private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

  private static DeliveryRecord received(String ago, DeliveryState state) {
    Instant at = NOW.minus(java.time.Duration.parse(ago));
    return new DeliveryRecord("d", "issues.opened", 1, state, 1, at, at, null, List.of());
  }

  @Test
  void countsEachMinuteOfTheLastHourByState() {
    List<DeliveryRecord> records =
        List.of(
            received("PT30S", DeliveryState.DONE),
            received("PT45S", DeliveryState.DONE),
            received("PT50S", DeliveryState.DEAD),
            received("PT59M30S", DeliveryState.FAILED),
            received("PT61M", DeliveryState.DONE),
            received("PT-1M", DeliveryState.DONE));

    int[][] counts = MinuteChart.counts(records, NOW);

    assertThat(counts[59][DeliveryState.DONE.ordinal()]).isEqualTo(2);
    assertThat(counts[59][DeliveryState.DEAD.ordinal()]).isEqualTo(1);
    assertThat(counts[0][DeliveryState.FAILED.ordinal()]).isEqualTo(1);
    assertThat(java.util.Arrays.stream(counts).flatMapToInt(java.util.Arrays::stream).sum())
        .as("older than an hour or in the future: left out")
        .isEqualTo(4);
  }

  @Test
  void drawsStackedBarsWithoutScriptsAndALegend() {
    String svg =
        MinuteChart.svg(
            List.of(received("PT30S", DeliveryState.DONE), received("PT40S", DeliveryState.DEAD)),
            NOW);

    assertThat(svg)
        .startsWith("<svg id=\"chart\"")
        .contains("<title>1 done, 1 min ago</title>", "<title>1 dead, 1 min ago</title>")
        .contains("dead 1", "done 1", "failed 0")
        .doesNotContain("<script", "style=", "href");
  }
}
