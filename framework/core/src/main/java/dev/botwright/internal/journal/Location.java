package dev.botwright.internal.journal;

import io.micronaut.core.annotation.Internal;

/**
 * Where a record starts: segment number and byte offset of its frame.
 *
 * @param segment the segment's number (its file name)
 * @param offset the frame's first byte in that file
 */
@Internal
public record Location(long segment, long offset) {}
