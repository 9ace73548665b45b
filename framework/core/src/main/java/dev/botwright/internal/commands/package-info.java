/**
 * Slash commands ({@link dev.botwright.Command}): finding command lines in a comment, splitting
 * their arguments, and the commenter's permission. Internal: the dispatcher runs the methods.
 */
@NullMarked
package dev.botwright.internal.commands;

import org.jspecify.annotations.NullMarked;
