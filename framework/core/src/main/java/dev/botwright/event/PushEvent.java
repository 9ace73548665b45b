package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * Payload of the {@code push} webhook. Commits were pushed to a branch or tag, or a branch or tag
 * was created or deleted by a push.
 *
 * @param ref the full ref pushed, e.g. {@code "refs/heads/main"}
 * @param before the ref's commit before the push (all zeros when created)
 * @param after the ref's commit after the push (all zeros when deleted)
 * @param created whether the push created the ref
 * @param deleted whether the push deleted the ref
 * @param forced whether the push was forced
 * @param baseRef the branch a pushed tag points into, or {@code null}
 * @param compare a page comparing {@code before} and {@code after}
 * @param commits the pushed commits, oldest first (at most 2048)
 * @param headCommit the commit at {@code after}, or {@code null} when deleted
 * @param pusher the git identity that pushed
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#push">push</a>
 */
@GitHubEvent("push")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record PushEvent(
    String ref,
    String before,
    String after,
    boolean created,
    boolean deleted,
    boolean forced,
    @Nullable String baseRef,
    @Nullable String compare,
    List<PushCommit> commits,
    @Nullable PushCommit headCommit,
    CommitAuthor pusher,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {

  private static final String BRANCH_PREFIX = "refs/heads/";

  public PushEvent {
    commits = Lists.copy(commits);
  }

  /** The branch name when a branch was pushed, e.g. {@code "main"}; {@code null} for a tag. */
  @Nullable
  public String branch() {
    return ref.startsWith(BRANCH_PREFIX) ? ref.substring(BRANCH_PREFIX.length()) : null;
  }
}
