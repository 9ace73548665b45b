/**
 * The framework's settings, bound from Micronaut properties and environment variables ({@code
 * *Configuration}), and {@link dev.botwright.config.StartupCheck}, through which each area adds its
 * problems to the one start-up message.
 */
package dev.botwright.config;
