/**
 * How installing from the bot's own site works behind {@link
 * dev.botwright.install.InstallationAccess} and {@link dev.botwright.install.InstallationIndex}:
 * install links and their signed state, GitHub's setup callback, the file-backed index kept current
 * from webhooks, and each user's repositories asked with the user's own token.
 */
package dev.botwright.internal.install;
