/** Setup mode: registers the bot's GitHub App from its manifest in a browser, without a restart. */
package dev.botwright.internal.setup;
