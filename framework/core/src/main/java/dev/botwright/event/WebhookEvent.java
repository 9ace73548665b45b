package dev.botwright.event;

import io.micronaut.core.annotation.Nullable;

/**
 * A typed webhook payload. Every record annotated {@link GitHubEvent} implements it, so code that
 * handles any event can reach the fields most payloads share.
 */
public interface WebhookEvent {

  /** The account that triggered the event; {@code null} only in the rare payloads without one. */
  @Nullable
  User sender();

  /** The installation the event was delivered for; {@code null} for repository or org webhooks. */
  @Nullable
  Installation installation();

  /** The repository the event happened in; {@code null} for events outside a repository. */
  @Nullable
  default Repository repository() {
    return null;
  }

  /** The organization the event happened in; {@code null} for events outside an organization. */
  @Nullable
  default Organization organization() {
    return null;
  }
}
