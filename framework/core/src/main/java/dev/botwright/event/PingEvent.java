package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code ping} webhook. GitHub checks that a new webhook is reachable.
 *
 * @param zen a random piece of GitHub wisdom
 * @param hookId the webhook's id
 * @param hook the webhook
 * @param sender who created the webhook, when sent
 * @param repository the repository, for a repository webhook
 * @param organization the organization, for an organization webhook
 * @param installation the installation, for GitHub App deliveries
 * @see <a href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#ping">ping</a>
 */
@GitHubEvent("ping")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record PingEvent(
    String zen,
    long hookId,
    @Nullable Hook hook,
    @Nullable User sender,
    @Nullable Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {}
