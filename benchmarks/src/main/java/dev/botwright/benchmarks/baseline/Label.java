package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * A label on an issue, pull request or discussion.
 *
 * @param id the label id
 * @param name the label name, e.g. {@code "bug"}
 * @param color the hex colour without {@code #}
 * @param description the label's description
 * @param isDefault whether it is one of GitHub's default labels
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Label(
    long id,
    String name,
    @Nullable String color,
    @Nullable String description,
    @JsonProperty("default") boolean isDefault) {}
