/**
 * Seams behind the pipeline: the delivery queue, the delivery store and the installation-token
 * cache. In-memory defaults ship with the framework; declare your own bean to replace one.
 */
package dev.botwright.spi;
