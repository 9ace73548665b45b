package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * A GitHub App, e.g. the one that owns a check run or check suite.
 *
 * @param id the app id
 * @param slug the app's URL-friendly name
 * @param name the app's display name
 * @param owner the account that owns the app
 * @param htmlUrl the app's page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record App(
    long id, @Nullable String slug, String name, @Nullable User owner, @Nullable String htmlUrl) {}
