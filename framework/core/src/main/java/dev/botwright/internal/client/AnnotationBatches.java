package dev.botwright.internal.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A check run's fields split into the requests GitHub takes: at most {@value #PER_REQUEST}
 * annotations each. The first request carries every field and the first annotations; each next one
 * carries only the output's title, summary and text (GitHub requires them with annotations) and the
 * next annotations, which GitHub appends to the run's.
 */
final class AnnotationBatches {

  /** GitHub's limit of annotations per check run request. */
  static final int PER_REQUEST = 50;

  /** One request's fields and how many annotations it carries. */
  record Batch(Map<String, Object> fields, int annotations) {}

  private AnnotationBatches() {}

  static List<Batch> split(Map<String, ?> fields) {
    Object output = fields.get("output");
    List<?> annotations =
        output instanceof Map<?, ?> report && report.get("annotations") instanceof List<?> list
            ? list
            : List.of();
    if (annotations.size() <= PER_REQUEST) {
      return List.of(new Batch(new LinkedHashMap<>(fields), annotations.size()));
    }
    // More annotations than one request takes were found in output, so it is a map.
    Map<?, ?> report = (Map<?, ?>) Objects.requireNonNull(output);
    if (report.get("title") == null || report.get("summary") == null) {
      throw new IllegalArgumentException(
          "A check run with "
              + annotations.size()
              + " annotations needs output.title and output.summary: GitHub requires them with"
              + " annotations, and the annotations after the first "
              + PER_REQUEST
              + " are sent in updates that repeat them");
    }
    List<Batch> batches = new ArrayList<>();
    for (int from = 0; from < annotations.size(); from += PER_REQUEST) {
      List<?> chunk = annotations.subList(from, Math.min(from + PER_REQUEST, annotations.size()));
      Map<String, Object> next = new LinkedHashMap<>();
      next.put("title", report.get("title"));
      next.put("summary", report.get("summary"));
      if (report.get("text") != null) {
        next.put("text", report.get("text"));
      }
      next.put("annotations", List.copyOf(chunk));
      if (from == 0) {
        // The first request is the caller's, images and all; only its annotations are cut.
        Map<String, Object> first = new LinkedHashMap<>(fields);
        Map<String, Object> firstReport = new LinkedHashMap<>();
        report.forEach((key, value) -> firstReport.put(String.valueOf(key), value));
        firstReport.put("annotations", next.get("annotations"));
        first.put("output", firstReport);
        batches.add(new Batch(first, chunk.size()));
      } else {
        batches.add(new Batch(Map.of("output", next), chunk.size()));
      }
    }
    return batches;
  }
}
