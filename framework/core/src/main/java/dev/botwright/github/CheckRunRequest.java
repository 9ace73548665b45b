package dev.botwright.github;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of a check run to create or update, built fluently; each method returns a new request.
 *
 * <pre>{@code
 * CheckRunRequest.create("lint", sha)
 *     .completed("success")
 *     .output("No problems", "Checked 42 files");
 * }</pre>
 */
public final class CheckRunRequest {

  private final Map<String, Object> fields;

  private CheckRunRequest(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** A new check run named {@code name} on commit {@code headSha}. */
  public static CheckRunRequest create(String name, String headSha) {
    return update()
        .with("name", Objects.requireNonNull(name, "name"))
        .with("head_sha", Objects.requireNonNull(headSha, "headSha"));
  }

  /** An update that changes only the fields set next. */
  public static CheckRunRequest update() {
    return new CheckRunRequest(Map.of());
  }

  /** {@code queued}, {@code in_progress} or {@code completed}. */
  public CheckRunRequest status(String status) {
    return with("status", status);
  }

  /**
   * Completes the run with a conclusion: {@code success}, {@code failure}, {@code neutral}, {@code
   * cancelled}, {@code skipped}, {@code timed_out} or {@code action_required}.
   */
  public CheckRunRequest completed(String conclusion) {
    return with("status", "completed").with("conclusion", conclusion);
  }

  /** The report shown on the check's page ({@code summary} and {@code text} take Markdown). */
  public CheckRunRequest output(String title, String summary) {
    return with("output", Map.of("title", title, "summary", summary));
  }

  /** The report with a longer {@code text} section. */
  public CheckRunRequest output(String title, String summary, String text) {
    return with("output", Map.of("title", title, "summary", summary, "text", text));
  }

  /** A link to the full details on the bot's own site. */
  public CheckRunRequest detailsUrl(String url) {
    return with("details_url", url);
  }

  /** The bot's own id for this run. */
  public CheckRunRequest externalId(String id) {
    return with("external_id", id);
  }

  /** Any other field of GitHub's API, e.g. {@code started_at} or {@code actions}. */
  public CheckRunRequest with(String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(fields);
    copy.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, field));
    return new CheckRunRequest(Collections.unmodifiableMap(copy));
  }

  /** The fields as sent to GitHub. */
  public Map<String, Object> toParameters() {
    return fields;
  }

  @Override
  public String toString() {
    return "CheckRunRequest" + fields;
  }
}
