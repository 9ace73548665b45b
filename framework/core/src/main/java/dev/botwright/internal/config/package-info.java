/**
 * How the bot's settings are read and checked: Probot's environment variables and {@code .env}
 * mapped onto Micronaut properties, Botwright's defaults, and the one start-up message that lists
 * every missing or wrong setting.
 */
package dev.botwright.internal.config;
