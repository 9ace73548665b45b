/**
 * The operators' view of deliveries: the token-protected admin API over the {@link
 * dev.botwright.spi.DeliveryJournal} and the {@code deliveries} command line that calls it.
 * Internal.
 */
@Internal
package dev.botwright.internal.admin;

import io.micronaut.core.annotation.Internal;
