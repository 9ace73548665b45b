/**
 * The webhook route: verifies each delivery's signature on the raw bytes, checks it, records it and
 * hands it to the delivery queue, answering GitHub before any handler runs. Internal.
 */
@Internal
@NullMarked
package dev.botwright.internal.webhook;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
