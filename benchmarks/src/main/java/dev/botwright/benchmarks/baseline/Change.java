package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One edited field's previous value, as {@code changes.<field>.from}.
 *
 * @param from the value before the edit
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable
public record Change(@Nullable String from) {}
