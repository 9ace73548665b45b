package dev.botwright.github;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of a check run to create or update, built fluently; each method returns a new request.
 *
 * <pre>{@code
 * CheckRunRequest.create("lint", sha)
 *     .completed(Conclusion.FAILURE)
 *     .output("2 problems", "Checked 42 files")
 *     .annotations(CheckAnnotation.failure("src/App.java", 12, "Unused import"));
 * }</pre>
 *
 * <p>Any number of annotations may be added: {@link Checks} sends them 50 per request, GitHub's
 * limit, as its Javadoc describes.
 */
public final class CheckRunRequest {

  /** GitHub's limit on the length of {@code output.summary} and {@code output.text}. */
  public static final int MAX_OUTPUT_TEXT = 65535;

  /** GitHub's limit on the number of {@linkplain #actions actions} of a check run. */
  public static final int MAX_ACTIONS = 3;

  /** Where a check run is in its life. */
  public enum Status {
    /** Waiting to start (GitHub's default for a new run). */
    QUEUED,
    /** Running. */
    IN_PROGRESS,
    /** Finished; set with {@link #completed(Conclusion)}, which also gives the conclusion. */
    COMPLETED;

    /** GitHub's spelling, e.g. {@code "in_progress"}. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How a completed check run ended. */
  public enum Conclusion {
    /** Passed. */
    SUCCESS,
    /** Failed. */
    FAILURE,
    /** Neither passed nor failed; GitHub counts it as passing for required checks. */
    NEUTRAL,
    /** Stopped before it finished. */
    CANCELLED,
    /** Not run, e.g. because nothing it checks changed. */
    SKIPPED,
    /** Took too long. */
    TIMED_OUT,
    /** Needs someone to act, e.g. through one of the run's {@link CheckAction}s. */
    ACTION_REQUIRED;

    /** GitHub's spelling, e.g. {@code "timed_out"}. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private record Output(String title, String summary, @Nullable String text) {}

  private final Map<String, Object> fields;
  private final @Nullable Output output;
  private final List<CheckAnnotation> annotations;
  private final List<CheckImage> images;
  private final List<CheckAction> actions;

  private CheckRunRequest(
      Map<String, Object> fields,
      @Nullable Output output,
      List<CheckAnnotation> annotations,
      List<CheckImage> images,
      List<CheckAction> actions) {
    this.fields = fields;
    this.output = output;
    this.annotations = annotations;
    this.images = images;
    this.actions = actions;
  }

  /** A new check run named {@code name} on commit {@code headSha}. */
  public static CheckRunRequest create(String name, String headSha) {
    return update()
        .with("name", Objects.requireNonNull(name, "name"))
        .with("head_sha", Objects.requireNonNull(headSha, "headSha"));
  }

  /** An update that changes only the fields set next. */
  public static CheckRunRequest update() {
    return new CheckRunRequest(Map.of(), null, List.of(), List.of(), List.of());
  }

  /**
   * Sets the run's status: {@link Status#QUEUED} or {@link Status#IN_PROGRESS}; finish it with
   * {@link #completed(Conclusion)}.
   */
  public CheckRunRequest status(Status status) {
    if (status == Status.COMPLETED) {
      throw new IllegalArgumentException(
          "A completed check run needs a conclusion: call completed(Conclusion) instead of"
              + " status(COMPLETED)");
    }
    return with("status", status.value());
  }

  /**
   * Sets the status by GitHub's spelling.
   *
   * @deprecated use {@link #status(Status)}; this one checks the spelling the same way
   * @throws IllegalArgumentException when {@code status} is not one of GitHub's statuses
   */
  @Deprecated
  public CheckRunRequest status(String status) {
    return status(parse(Status.values(), status, "status"));
  }

  /** The time the run started (GitHub shows when the run was created otherwise). */
  public CheckRunRequest startedAt(Instant startedAt) {
    return with("started_at", startedAt.toString());
  }

  /** Completes the run with a conclusion, now. */
  public CheckRunRequest completed(Conclusion conclusion) {
    return with("status", Status.COMPLETED.value()).with("conclusion", conclusion.value());
  }

  /** Completes the run with a conclusion, at {@code completedAt}. */
  public CheckRunRequest completed(Conclusion conclusion, Instant completedAt) {
    return completed(conclusion).with("completed_at", completedAt.toString());
  }

  /**
   * Completes the run with a conclusion in GitHub's spelling: {@code success}, {@code failure},
   * {@code neutral}, {@code cancelled}, {@code skipped}, {@code timed_out} or {@code
   * action_required}.
   *
   * @deprecated use {@link #completed(Conclusion)}; this one checks the spelling the same way
   * @throws IllegalArgumentException when {@code conclusion} is not one of those
   */
  @Deprecated
  public CheckRunRequest completed(String conclusion) {
    return completed(parse(Conclusion.values(), conclusion, "conclusion"));
  }

  /** The report shown on the check's page ({@code summary} takes Markdown). */
  public CheckRunRequest output(String title, String summary) {
    return withOutput(new Output(title, checkLength("summary", summary), null));
  }

  /** The report with a longer {@code text} section (Markdown). */
  public CheckRunRequest output(String title, String summary, String text) {
    return withOutput(
        new Output(title, checkLength("summary", summary), checkLength("text", text)));
  }

  /**
   * Adds annotations on lines of files. They need an {@link #output(String, String) output}, as
   * GitHub does. More than 50 are sent in several requests, as {@link Checks} describes.
   */
  public CheckRunRequest annotations(List<CheckAnnotation> more) {
    List<CheckAnnotation> all = new ArrayList<>(annotations);
    more.forEach(a -> all.add(Objects.requireNonNull(a, "annotation")));
    return new CheckRunRequest(fields, output, List.copyOf(all), images, actions);
  }

  /** Adds annotations on lines of files; see {@link #annotations(List)}. */
  public CheckRunRequest annotations(CheckAnnotation... more) {
    return annotations(Arrays.asList(more));
  }

  /** Adds images to the report; they need an {@link #output(String, String) output}. */
  public CheckRunRequest images(CheckImage... more) {
    List<CheckImage> all = new ArrayList<>(images);
    all.addAll(Arrays.asList(more));
    return new CheckRunRequest(fields, output, annotations, List.copyOf(all), actions);
  }

  /**
   * Adds buttons to the run (at most {@value #MAX_ACTIONS}); a click sends {@code
   * check_run.requested_action}.
   *
   * @throws IllegalArgumentException when the run would have more than {@value #MAX_ACTIONS}
   */
  public CheckRunRequest actions(CheckAction... more) {
    List<CheckAction> all = new ArrayList<>(actions);
    all.addAll(Arrays.asList(more));
    if (all.size() > MAX_ACTIONS) {
      throw new IllegalArgumentException(
          "A check run takes at most "
              + MAX_ACTIONS
              + " actions, but this one would have "
              + all.size()
              + " ("
              + all.stream().map(CheckAction::identifier).toList()
              + "); keep the most useful three");
    }
    return new CheckRunRequest(fields, output, annotations, images, List.copyOf(all));
  }

  /** A link to the full details on the bot's own site. */
  public CheckRunRequest detailsUrl(String url) {
    return with("details_url", url);
  }

  /** The bot's own id for this run. */
  public CheckRunRequest externalId(String id) {
    return with("external_id", id);
  }

  /**
   * Any other field of GitHub's API. {@code output} and {@code actions} have their own methods.
   *
   * @throws IllegalArgumentException for {@code output} or {@code actions}
   */
  public CheckRunRequest with(String field, Object value) {
    Objects.requireNonNull(field, "field");
    if (field.equals("output") || field.equals("actions")) {
      throw new IllegalArgumentException(
          "Set a check run's "
              + field
              + " with "
              + (field.equals("output")
                  ? "output(...), annotations(...) and images(...)"
                  : "actions(...)")
              + ", not with(\""
              + field
              + "\", ...)");
    }
    Map<String, Object> copy = new LinkedHashMap<>(fields);
    copy.put(field, Objects.requireNonNull(value, field));
    return new CheckRunRequest(
        Collections.unmodifiableMap(copy), output, annotations, images, actions);
  }

  /**
   * The fields as GitHub's API names them, every annotation included (more than GitHub takes in one
   * request when there are over 50: {@link Checks} splits them).
   *
   * @throws IllegalStateException when annotations or images were added without an output
   */
  public Map<String, Object> toParameters() {
    Map<String, Object> parameters = new LinkedHashMap<>(fields);
    if (output == null && (!annotations.isEmpty() || !images.isEmpty())) {
      throw new IllegalStateException(
          "This check run has "
              + annotations.size()
              + " annotation(s) and "
              + images.size()
              + " image(s) but no output: GitHub needs an output title and summary with them."
              + " Call output(title, summary)");
    }
    if (output != null) {
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("title", output.title());
      report.put("summary", output.summary());
      if (output.text() != null) {
        report.put("text", output.text());
      }
      if (!annotations.isEmpty()) {
        report.put("annotations", annotations.stream().map(CheckAnnotation::toParameters).toList());
      }
      if (!images.isEmpty()) {
        report.put("images", images.stream().map(CheckImage::toParameters).toList());
      }
      parameters.put("output", report);
    }
    if (!actions.isEmpty()) {
      parameters.put("actions", actions.stream().map(CheckAction::toParameters).toList());
    }
    return parameters;
  }

  private CheckRunRequest withOutput(Output newOutput) {
    Objects.requireNonNull(newOutput.title(), "title");
    return new CheckRunRequest(fields, newOutput, annotations, images, actions);
  }

  private static String checkLength(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.length() > MAX_OUTPUT_TEXT) {
      throw new IllegalArgumentException(
          "A check run's output "
              + field
              + " is "
              + value.length()
              + " characters long; GitHub takes at most "
              + MAX_OUTPUT_TEXT
              + ". Shorten it, or link to the full report with detailsUrl");
    }
    return value;
  }

  private static <E extends Enum<E>> E parse(E[] values, String spelling, String what) {
    for (E value : values) {
      if (value.name().toLowerCase(Locale.ROOT).equals(spelling)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + spelling
            + "' is not a check run "
            + what
            + "; GitHub takes one of "
            + Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
  }

  @Override
  public String toString() {
    return "CheckRunRequest" + toParametersForDisplay();
  }

  private Map<String, Object> toParametersForDisplay() {
    Map<String, Object> shown = new LinkedHashMap<>(fields);
    if (output != null) {
      shown.put("output", output.title());
    }
    if (!annotations.isEmpty()) {
      shown.put("annotations", annotations.size());
    }
    return shown;
  }
}
