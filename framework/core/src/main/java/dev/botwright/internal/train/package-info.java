/**
 * The {@code train} command: one start of the whole bot, with a throwaway identity and nothing sent
 * to GitHub, for a class-data archive ({@code -XX:ArchiveClassesAtExit}) or an AOT cache to record.
 * Internal.
 */
@Internal
@NullMarked
package dev.botwright.internal.train;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
