/**
 * {@code create-bot}: a command-line generator for new Botwright bot projects, each of which builds
 * and passes its own tests out of the box.
 */
package dev.botwright.scaffold;
