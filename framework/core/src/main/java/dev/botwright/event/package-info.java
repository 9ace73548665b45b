/**
 * Typed, immutable records of every GitHub webhook payload, generated from GitHub's webhook
 * descriptions ({@code @octokit/openapi-webhooks}): a sealed interface per event with a record per
 * action ({@code IssuesEvent.Opened}), or a record for an event without actions ({@code
 * PushEvent}). {@link dev.botwright.event.EventTypes} maps an event name to its type and reads
 * payloads.
 *
 * <p>Nullness: everything here is non-null unless marked {@code @Nullable}. A field is non-null
 * only where every schema GitHub publishes for it says it is always present and never null; any
 * other field is {@code @Nullable}. Lists and maps are never null: a missing or null one is empty,
 * and null items are dropped. A field that is present but unreadable (a timestamp that is not one)
 * reads as null when it may be null, and otherwise fails the read with its path ({@link
 * dev.botwright.json.JsonBindingException}). An enum value GitHub adds later reads as {@code
 * UNRECOGNIZED}.
 *
 * <p>GitHub's hypermedia URI templates ({@code archive_url}: {@code .../{archive_format}{/ref}})
 * are left out: they are links for a client that follows URLs, and Botwright's client calls routes
 * and refuses absolute URLs. The raw payload ({@code EventContext.payload()}) still has them.
 */
@NullMarked
package dev.botwright.event;

import org.jspecify.annotations.NullMarked;
