/**
 * Botwright's meters: deliveries by event, action and outcome, handler timings, the queue and the
 * journal, token mints and cache hits, GitHub requests by route template and status, rate limits
 * and redeliveries. The engine's areas feed {@link
 * dev.botwright.internal.metrics.BotwrightMetrics}; every label value comes from a closed set
 * (GitHub's webhook catalog, the known route templates, the handlers found at compile time, a
 * bounded set of installation ids), never from a payload, a token or a user name. Internal.
 */
@Internal
@NullMarked
package dev.botwright.internal.metrics;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
