package dev.botwright.docs;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a repository writes in {@code .github/labeler.yml}; keys the file leaves out keep {@link
 * #DEFAULTS}.
 */
@Serdeable
record LabelerConfig(boolean enabled, List<String> labels, Limits limits) {

  static final LabelerConfig DEFAULTS =
      new LabelerConfig(true, List.of("triage"), new Limits(10, 3));

  @Serdeable
  record Limits(int maxLabels, int maxAssignees) {}
}
