/**
 * Reports handler failures and dead deliveries to Sentry when {@code SENTRY_DSN} (or {@code
 * botwright.sentry.dsn}) is set; does nothing otherwise. Secrets are scrubbed from every string
 * before an event leaves the process.
 */
@NullMarked
package dev.botwright.sentry;

import org.jspecify.annotations.NullMarked;
