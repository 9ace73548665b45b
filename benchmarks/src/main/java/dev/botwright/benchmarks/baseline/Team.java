package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * An organization team, e.g. one asked to review a pull request.
 *
 * @param id the team id
 * @param name the team name
 * @param slug the team slug, as used in mentions and URLs
 * @param htmlUrl the team's page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Team(long id, String name, String slug, @Nullable String htmlUrl) {}
