package dev.botwright.json;

import org.jspecify.annotations.Nullable;

/**
 * A payload or REST answer could not be read into its record because a field GitHub's schema says
 * is always there was missing, null or of the wrong kind. Retrying the same bytes cannot help, so a
 * handler that meets it ends its delivery as dead at once, as a {@link
 * dev.botwright.PermanentFailure} does.
 *
 * <p>The message names the field's path (e.g. {@code issue.user.login}) and never quotes a value.
 */
public class JsonBindingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String subject;
  private final String path;
  private final String problem;
  private final @Nullable String eventKey;
  private final @Nullable String deliveryId;

  /**
   * @param subject what was read, e.g. {@code "issues.opened payload of delivery 72d3"}
   * @param path the field's path, e.g. {@code "issue.user.login"}
   * @param problem what was wrong, e.g. {@code "is missing"}
   * @param eventKey the event key of a payload, or null for a REST answer
   * @param deliveryId the delivery of a payload, or null
   */
  public JsonBindingException(
      String subject,
      String path,
      String problem,
      @Nullable String eventKey,
      @Nullable String deliveryId) {
    super(message(subject, path, problem, eventKey));
    this.subject = subject;
    this.path = path;
    this.problem = problem;
    this.eventKey = eventKey;
    this.deliveryId = deliveryId;
  }

  private static String message(
      String subject, String path, String problem, @Nullable String eventKey) {
    String fix;
    if (path.isEmpty()) {
      fix = "";
    } else if (eventKey != null) {
      fix =
          " Read this event as JSON (take a JsonNode, or EventContext.payload()) until the model"
              + " is fixed, and report the payload's shape to Botwright.";
    } else {
      fix = " Call request(route, parameters) and read the JsonNode answer instead.";
    }
    return "The "
        + subject
        + " cannot be read: "
        + (path.isEmpty() ? "the document" : "'" + path + "'")
        + " "
        + problem
        + "."
        + fix;
  }

  /** What was read, e.g. {@code "issues.opened payload of delivery 72d3"}. */
  public String subject() {
    return subject;
  }

  /** The path of the field that could not be read, e.g. {@code "issue.user.login"}. */
  public String path() {
    return path;
  }

  /** What was wrong with the field, e.g. {@code "is missing, but GitHub's schema says..."}. */
  public String problem() {
    return problem;
  }

  /** The event key (e.g. {@code "issues.opened"}) when a webhook payload was read, else null. */
  public @Nullable String eventKey() {
    return eventKey;
  }

  /** The delivery id when a webhook payload was read, else null. */
  public @Nullable String deliveryId() {
    return deliveryId;
  }
}
