/**
 * Runs {@link dev.botwright.OnSchedule} methods: their registry, the timers, and the runner that
 * walks installations and repositories under a lease, with jitter and bounded concurrency.
 * Internal; the testing kit runs schedules through {@link
 * dev.botwright.internal.schedule.Schedules}.
 */
@Internal
package dev.botwright.internal.schedule;

import io.micronaut.core.annotation.Internal;
