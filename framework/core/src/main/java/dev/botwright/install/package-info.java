/**
 * Installing the app from your own site: install links with a signed {@code state}, GitHub's setup
 * callback that links an installation to the signed-in user only after GitHub confirms the user can
 * access it, an index of installations and their repositories kept current from webhooks, and the
 * repositories each user may reach, asked from GitHub with the user's own token.
 */
package dev.botwright.install;
