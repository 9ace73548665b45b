package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code pull_request} webhook. Activity on a pull request: opened, synchronize,
 * closed, labeled and so on.
 *
 * @param action what happened, e.g. {@code "opened"}
 * @param number the pull request number
 * @param pullRequest the pull request
 * @param changes old values, for {@code edited}
 * @param label the label added or removed, for {@code labeled}/{@code unlabeled}
 * @param assignee the user assigned or unassigned
 * @param requestedReviewer the user asked (or no longer asked) to review
 * @param requestedTeam the team asked (or no longer asked) to review
 * @param before the head before a {@code synchronize}
 * @param after the head after a {@code synchronize}
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a
 *     href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#pull_request">pull_request</a>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record PullRequestEvent(
    String action,
    int number,
    PullRequest pullRequest,
    @Nullable Changes changes,
    @Nullable Label label,
    @Nullable User assignee,
    @Nullable User requestedReviewer,
    @Nullable Team requestedTeam,
    @Nullable String before,
    @Nullable String after,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation) {}
