/** App JWTs, private keys and installation tokens. Internal. */
@Internal
package dev.botwright.auth;

import io.micronaut.core.annotation.Internal;
