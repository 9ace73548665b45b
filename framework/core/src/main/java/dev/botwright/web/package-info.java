/**
 * The skeleton, escaping and security headers of Botwright's own HTML pages, and the request-body
 * limits of every route. Internal.
 */
@Internal
package dev.botwright.web;

import io.micronaut.core.annotation.Internal;
