/**
 * Botwright's indicators on Micronaut's health endpoints: the journal's directory and free space,
 * setup mode and the dispatch backlog. All of them count for readiness ({@code /health/readiness});
 * none for liveness, so an orchestrator never restarts a bot for a full disk or a backlog.
 * Internal.
 */
@Internal
@NullMarked
package dev.botwright.internal.health;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
