/** Small file helpers shared by the file-backed stores. Internal. */
@Internal
package dev.botwright.internal.files;

import io.micronaut.core.annotation.Internal;
