/** The skeleton, escaping and security headers of Botwright's own HTML pages. Internal. */
@Internal
package dev.botwright.web;

import io.micronaut.core.annotation.Internal;
