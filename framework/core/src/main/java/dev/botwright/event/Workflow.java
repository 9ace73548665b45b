package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * A GitHub Actions workflow (its definition, not one run).
 *
 * @param id the workflow id
 * @param name the workflow's name
 * @param path its file, e.g. {@code ".github/workflows/ci.yml"}
 * @param state e.g. {@code "active"}
 * @param htmlUrl the workflow's page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Workflow(
    long id, String name, String path, @Nullable String state, @Nullable String htmlUrl) {}
