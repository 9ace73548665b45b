package dev.botwright.event;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which record models which webhook event, e.g. {@code "issues"} to {@link IssuesEvent}. Built as a
 * plain map, so it needs no reflection; each record also carries its name in {@link GitHubEvent}.
 *
 * <pre>{@code
 * Class<? extends WebhookEvent> type = EventTypes.of("pull_request").orElseThrow();
 * WebhookEvent event = jsonMapper.readValue(body, type);
 * }</pre>
 */
public final class EventTypes {

  private static final Map<String, Class<? extends WebhookEvent>> TYPES =
      Map.ofEntries(
          Map.entry("check_run", CheckRunEvent.class),
          Map.entry("check_suite", CheckSuiteEvent.class),
          Map.entry("create", CreateEvent.class),
          Map.entry("delete", DeleteEvent.class),
          Map.entry("discussion", DiscussionEvent.class),
          Map.entry("discussion_comment", DiscussionCommentEvent.class),
          Map.entry("github_app_authorization", GithubAppAuthorizationEvent.class),
          Map.entry("installation", InstallationEvent.class),
          Map.entry("installation_repositories", InstallationRepositoriesEvent.class),
          Map.entry("issue_comment", IssueCommentEvent.class),
          Map.entry("issues", IssuesEvent.class),
          Map.entry("label", LabelEvent.class),
          Map.entry("ping", PingEvent.class),
          Map.entry("pull_request", PullRequestEvent.class),
          Map.entry("pull_request_review", PullRequestReviewEvent.class),
          Map.entry("pull_request_review_comment", PullRequestReviewCommentEvent.class),
          Map.entry("push", PushEvent.class),
          Map.entry("release", ReleaseEvent.class),
          Map.entry("repository", RepositoryEvent.class),
          Map.entry("status", StatusEvent.class),
          Map.entry("workflow_job", WorkflowJobEvent.class),
          Map.entry("workflow_run", WorkflowRunEvent.class));

  private EventTypes() {}

  /**
   * The record that models an event.
   *
   * @param event the event name from {@code X-GitHub-Event}, e.g. {@code "issues"}
   * @return the record class, or empty when Botwright has no model for the event (use the raw JSON)
   */
  public static Optional<Class<? extends WebhookEvent>> of(String event) {
    return Optional.ofNullable(TYPES.get(event));
  }

  /** The names of all events that have a record, e.g. {@code "issues"}, {@code "push"}. */
  public static Set<String> events() {
    return TYPES.keySet();
  }
}
