/**
 * Running a bot's handlers once, in-process, on one payload: the {@code receive} command (a payload
 * file, optionally a dry run) and the GitHub Actions adapter.
 */
@NullMarked
package dev.botwright.internal.receive;

import org.jspecify.annotations.NullMarked;
