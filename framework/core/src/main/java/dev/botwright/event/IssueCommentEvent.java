package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code issue_comment} webhook. A comment on an issue or a pull request's
 * conversation was created, edited or deleted.
 *
 * @param action what happened, e.g. {@code "created"}
 * @param issue the issue or pull request commented on
 * @param comment the comment
 * @param changes old values, for {@code edited}
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a
 *     href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#issue_comment">issue_comment</a>
 */
@GitHubEvent("issue_comment")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record IssueCommentEvent(
    String action,
    Issue issue,
    Comment comment,
    @Nullable Changes changes,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {}
