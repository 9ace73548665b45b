/**
 * The skeleton, escaping and security headers of Botwright's own HTML pages, the guard that trusts
 * a request to the pages and APIs that change the bot only when it names the bot's own host and
 * comes from its own origin, which machine a request came from (its TCP peer), and the request-body
 * limits of every route. Internal.
 */
@Internal
package dev.botwright.internal.web;

import io.micronaut.core.annotation.Internal;
