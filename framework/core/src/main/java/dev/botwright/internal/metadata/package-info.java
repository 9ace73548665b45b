/**
 * Metadata on issues and pull requests: the hidden comment's format and the read, merge, write and
 * read-back cycle behind {@link dev.botwright.Metadata}. Internal.
 */
@Internal
@NullMarked
package dev.botwright.internal.metadata;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
