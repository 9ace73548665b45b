/**
 * Botwright's handler API: {@link dev.botwright.OnEvent} methods, the {@link
 * dev.botwright.EventContext} they receive, and {@link dev.botwright.Botwright#run} to start a bot.
 */
package dev.botwright;
