/**
 * The GitHub client's conditional-request cache kept in memory: answers to GETs per identity, URL
 * and {@code Accept}, bounded in bytes, least recently used evicted first. Internal.
 */
@Internal
@NullMarked
package dev.botwright.internal.client.cache;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
