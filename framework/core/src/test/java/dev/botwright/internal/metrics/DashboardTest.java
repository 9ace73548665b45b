package dev.botwright.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Grafana dashboard in docs/ queries only meters Botwright registers, and all of them. */
class DashboardTest {

  private static final Path DASHBOARD = Path.of("../../docs/dashboards/botwright.json");
  private static final Pattern METRIC = Pattern.compile("\\bbotwright_[a-z_]+");
  private static final String HISTOGRAM = "botwright_handler_seconds";
  private static final Pattern HISTOGRAM_PART = Pattern.compile("_(bucket|count|sum|max)$");

  @Test
  void queriesOnlyAndEveryMeterBotwrightRegisters() throws IOException {
    JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
    List<String> expressions = new ArrayList<>();
    dashboard.findValues("expr").forEach(e -> expressions.add(e.asText()));
    dashboard.findValues("query").forEach(q -> expressions.add(q.asText()));
    Set<String> queried = new TreeSet<>();
    for (String expression : expressions) {
      Matcher matcher = METRIC.matcher(expression);
      while (matcher.find()) {
        queried.add(matcher.group());
      }
    }

    assertThat(dashboard.path("panels").size()).isGreaterThanOrEqualTo(9);
    assertThat(queried).isNotEmpty();
    for (String name : queried) {
      // Only the handler histogram has parts (_bucket, _count, _sum, _max).
      String base = HISTOGRAM_PART.matcher(name).replaceFirst("");
      String meter = base.equals(HISTOGRAM) ? base : name;
      assertThat(MeterNames.PROMETHEUS).as("metric %s in %s", name, DASHBOARD).contains(meter);
    }
    for (String name : MeterNames.PROMETHEUS) {
      assertThat(queried)
          .as("the dashboard shows %s", name)
          .anyMatch(q -> q.equals(name) || q.startsWith(name + "_"));
    }
  }
}
