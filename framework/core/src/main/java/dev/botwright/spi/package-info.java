/**
 * Seams behind the pipeline: the delivery storage, the delivery store, the installation-token
 * cache, the used single-use states of browser flows, the sign-in session revocations and the
 * reconciler's redelivery requests. In-memory defaults ship with the framework; declare your own
 * bean to replace one.
 */
@NullMarked
package dev.botwright.spi;

import org.jspecify.annotations.NullMarked;
