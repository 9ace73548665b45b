package dev.botwright.event;

import org.jspecify.annotations.Nullable;

/**
 * A typed webhook payload. Every event's type implements it, so code that handles any event can
 * reach the fields most payloads share.
 */
public interface WebhookEvent {

  /** The account that triggered the event; null in the few payloads without one. */
  default @Nullable User sender() {
    return null;
  }

  /** The installation the event was delivered for; null for repository or org webhooks. */
  default @Nullable Installation installation() {
    return null;
  }

  /** The repository the event happened in; null for events outside a repository. */
  default @Nullable Repository repository() {
    return null;
  }

  /** The organization the event happened in; null for events outside an organization. */
  default @Nullable Organization organization() {
    return null;
  }
}
