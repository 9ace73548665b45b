/**
 * OpenTelemetry spans for the engine's work: one per delivery attempt, a child per handler and a
 * child per GitHub request. {@link dev.botwright.internal.tracing.Tracing} is the seam the
 * dispatcher and the client call; it names no OpenTelemetry type, so a bot without OpenTelemetry on
 * its class path loads none. {@link dev.botwright.internal.tracing.OpenTelemetryTracing} takes its
 * place when the application has an {@code OpenTelemetry} bean (Micronaut's tracing module).
 * Attribute values are event names, numbers, handler names and route templates: never a payload
 * value, a token or a user name; error messages are masked. Internal.
 */
@Internal
@NullMarked
package dev.botwright.internal.tracing;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
