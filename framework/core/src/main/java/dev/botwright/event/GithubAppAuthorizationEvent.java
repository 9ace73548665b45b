package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code github_app_authorization} webhook. A user revoked their authorization of
 * the app: every token the app holds for them no longer works.
 *
 * @param action what happened: {@code "revoked"}
 * @param sender the user who revoked the authorization
 * @param installation always {@code null}: the event is about a user, not an installation
 * @see <a
 *     href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#github_app_authorization">github_app_authorization</a>
 */
@GitHubEvent("github_app_authorization")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record GithubAppAuthorizationEvent(
    String action, User sender, @Nullable Installation installation) implements WebhookEvent {}
