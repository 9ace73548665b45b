package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code pull_request_review} webhook. A pull request review was submitted, edited
 * or dismissed.
 *
 * @param action what happened, e.g. {@code "submitted"}
 * @param review the review
 * @param pullRequest the pull request reviewed
 * @param changes old values, for {@code edited}
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a
 *     href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#pull_request_review">pull_request_review</a>
 */
@GitHubEvent("pull_request_review")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record PullRequestReviewEvent(
    String action,
    Review review,
    PullRequest pullRequest,
    @Nullable Changes changes,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {}
