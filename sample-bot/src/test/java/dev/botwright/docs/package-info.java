/**
 * The code shown in {@code docs/*.md}, compiled against the public API; {@link
 * dev.botwright.docs.DocsSnippetsTest} keeps the guide and this code in step.
 */
package dev.botwright.docs;
