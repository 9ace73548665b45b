package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * The short form of a repository that installation events list.
 *
 * @param id the repository id
 * @param name the repository name
 * @param fullName {@code "owner/name"}
 * @param isPrivate whether the repository is private
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record RepositorySummary(
    long id, String name, String fullName, @JsonProperty("private") boolean isPrivate) {}
