package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One read of {@code /prometheus} in the text format, parsed into series: a metric name, its labels
 * and its value. Comment lines ({@code # HELP}, {@code # TYPE}) are kept apart.
 */
record PrometheusScrape(String text, List<Series> series) {

  record Series(String name, Map<String, String> labels, double value) {}

  static PrometheusScrape read(URI prometheus) {
    HttpResponse<String> response;
    try {
      response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(prometheus).GET().build(),
                  HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("Could not read " + prometheus, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(response.statusCode()).as("GET " + prometheus).isEqualTo(200);
    return parse(response.body());
  }

  static PrometheusScrape parse(String text) {
    List<Series> series =
        text.lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(PrometheusScrape::series)
            .toList();
    return new PrometheusScrape(text, series);
  }

  private static Series series(String line) {
    int brace = line.indexOf('{');
    int space = line.lastIndexOf(' ');
    if (brace < 0 || brace > space) {
      return new Series(
          line.substring(0, space), Map.of(), Double.parseDouble(line.substring(space + 1)));
    }
    int close = line.lastIndexOf('}');
    Map<String, String> labels = new TreeMap<>();
    String inner = line.substring(brace + 1, close);
    int i = 0;
    while (i < inner.length()) {
      int eq = inner.indexOf('=', i);
      String name = inner.substring(i, eq).trim();
      StringBuilder value = new StringBuilder();
      int j = eq + 2; // past ="
      while (inner.charAt(j) != '"') {
        char c = inner.charAt(j);
        if (c == '\\') {
          j++;
          char escaped = inner.charAt(j);
          value.append(escaped == 'n' ? '\n' : escaped);
        } else {
          value.append(c);
        }
        j++;
      }
      labels.put(name, value.toString());
      i = j + 1;
      if (i < inner.length() && inner.charAt(i) == ',') {
        i++;
      }
    }
    String value = line.substring(close + 1).trim().split(" ")[0];
    return new Series(line.substring(0, brace), labels, Double.parseDouble(value));
  }

  /** The value of the series named {@code name} with exactly these labels, or 0 when absent. */
  double value(String name, Map<String, String> labels) {
    return series.stream()
        .filter(s -> s.name().equals(name) && s.labels().equals(new TreeMap<>(labels)))
        .mapToDouble(Series::value)
        .sum();
  }

  /** The series named {@code name}. */
  List<Series> named(String name) {
    return series.stream().filter(s -> s.name().equals(name)).toList();
  }

  /** Labels from alternating names and values. */
  static Map<String, String> labels(String... pairs) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      labels.put(pairs[i], pairs[i + 1]);
    }
    return labels;
  }
}
