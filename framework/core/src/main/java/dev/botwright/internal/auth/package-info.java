/** App JWTs, private keys and installation tokens. Internal. */
@Internal
package dev.botwright.internal.auth;

import io.micronaut.core.annotation.Internal;
