/**
 * Keeps secrets out of log lines and error messages: {@link
 * dev.botwright.internal.logging.Redaction} knows the configured secrets and the shapes of tokens,
 * keys and signatures; with Logback, {@link dev.botwright.internal.logging.LogGuard} silences the
 * libraries that dump bodies and resolved properties and masks whatever else would carry a secret.
 * Internal.
 */
@Internal
package dev.botwright.internal.logging;

import io.micronaut.core.annotation.Internal;
