/**
 * The delivery runner and the storages in this process: {@link
 * dev.botwright.internal.queue.DeliveryRunner} (workers, attempts, retries, dead letters) over a
 * {@link dev.botwright.spi.DeliveryStorage}, the shared local scheduling (per-installation
 * fairness, ordering by key) and the in-memory storage. Internal.
 */
@Internal
@NullMarked
package dev.botwright.internal.queue;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
