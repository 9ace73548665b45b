/**
 * Single-use states of the browser flows: the in-memory store of used states and the per-client
 * limit on callbacks. Internal.
 */
@Internal
@NullMarked
package dev.botwright.internal.states;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
