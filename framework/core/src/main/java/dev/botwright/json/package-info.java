/**
 * Reading GitHub's JSON into Botwright's generated records: {@link
 * dev.botwright.json.JsonBindingException} says which field of which payload or answer could not be
 * read. The reader itself is internal.
 */
@NullMarked
package dev.botwright.json;

import org.jspecify.annotations.NullMarked;
