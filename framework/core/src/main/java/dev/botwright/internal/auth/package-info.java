/** App JWTs, private keys and installation tokens. Internal. */
@Internal
@NullMarked
package dev.botwright.internal.auth;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.NullMarked;
