/** The GitHub client's implementation on Micronaut's HTTP client. Internal. */
@Internal
@NullMarked
package dev.botwright.internal.client;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
