/**
 * Runs the handlers of accepted deliveries off the request thread: handler discovery, parameter
 * binding, the per-delivery {@link dev.botwright.EventContext} and the plan of each delivery.
 * Internal.
 */
@Internal
@NullMarked
package dev.botwright.internal.dispatch;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
