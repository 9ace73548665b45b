/**
 * Compile-time checks of Botwright handler methods: {@code @OnEvent} values against GitHub's
 * webhook event catalog, typed payload parameters, and handler method shape.
 */
package dev.botwright.processor;
