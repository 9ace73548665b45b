/**
 * The webhook proxy client ({@code WEBHOOK_PROXY_URL}): subscribes to a smee.io-style channel with
 * Server-Sent Events and posts each relayed delivery to the bot's own webhook route, where its
 * signature is checked as any other's. For local development only.
 */
@NullMarked
package dev.botwright.internal.proxy;

import org.jspecify.annotations.NullMarked;
