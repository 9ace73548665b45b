/**
 * The delivery log page {@code /botwright/deliveries}: the operator's signed-in HTML view of the
 * journal's deliveries (filters, a chart of the last hour, each delivery's errors, stack traces and
 * masked payload) with "run again" and "ask GitHub to redeliver". Internal.
 */
@NullMarked
@Internal
package dev.botwright.internal.deliverylog;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
