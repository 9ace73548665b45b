/**
 * The embedded delivery journal's storage: an append-only, checksummed log of delivery records in
 * rotating segment files, written by one thread in group commits and compacted in the background.
 * Internal.
 */
@Internal
@NullMarked
package dev.botwright.internal.journal;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
