/**
 * The many-processes mode: with {@code botwright.redis.url} (or {@code REDIS_URL}) set, the
 * delivery queue, de-duplication, the installation-token cache, write pacing and leader leases live
 * in one shared Redis.
 */
@NullMarked
package dev.botwright.redis;

import org.jspecify.annotations.NullMarked;
