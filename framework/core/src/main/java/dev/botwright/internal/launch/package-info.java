/**
 * The commands a bot's {@code main} runs instead of starting the server ({@code deliveries}, {@code
 * receive}, {@code action}, {@code train}): each area registers its own {@link
 * dev.botwright.internal.launch.LaunchCommand} through {@link java.util.ServiceLoader}, so {@link
 * dev.botwright.Botwright} finds them without depending on the areas. Internal.
 */
@Internal
package dev.botwright.internal.launch;

import io.micronaut.core.annotation.Internal;
