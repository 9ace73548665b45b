/**
 * Botwright's handler API: {@link dev.botwright.OnEvent} methods, the {@link
 * dev.botwright.EventContext} they receive, {@link dev.botwright.OnSchedule} methods and their
 * contexts, {@link dev.botwright.Metadata} on issues, and {@link dev.botwright.Botwright#run} to
 * start a bot.
 */
@NullMarked
package dev.botwright;

import org.jspecify.annotations.NullMarked;
