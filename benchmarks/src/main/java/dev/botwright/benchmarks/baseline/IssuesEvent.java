package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code issues} webhook. Activity on an issue: opened, edited, closed, labeled and
 * so on.
 *
 * @param action what happened, e.g. {@code "opened"}
 * @param issue the issue
 * @param changes old values, for {@code edited}
 * @param label the label added or removed, for {@code labeled}/{@code unlabeled}
 * @param assignee the user assigned or unassigned
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#issues">issues</a>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record IssuesEvent(
    String action,
    Issue issue,
    @Nullable Changes changes,
    @Nullable Label label,
    @Nullable User assignee,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation) {}
