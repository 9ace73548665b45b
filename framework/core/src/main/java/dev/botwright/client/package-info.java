/** The GitHub client's implementation on Micronaut's HTTP client. Internal. */
@Internal
package dev.botwright.client;

import io.micronaut.core.annotation.Internal;
