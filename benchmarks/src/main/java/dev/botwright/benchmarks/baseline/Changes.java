package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What an {@code edited} action changed: each field present here was edited and holds its old
 * value. Other changed fields stay in the raw payload.
 *
 * @param title the previous title
 * @param body the previous body
 * @param name the previous name (labels, releases)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable
public record Changes(@Nullable Change title, @Nullable Change body, @Nullable Change name) {}
