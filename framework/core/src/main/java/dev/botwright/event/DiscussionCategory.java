package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * A discussion's category.
 *
 * @param id the category id
 * @param name the category name, e.g. {@code "Q&A"}
 * @param slug the category slug
 * @param isAnswerable whether discussions in it can have an answer
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record DiscussionCategory(
    long id, String name, @Nullable String slug, boolean isAnswerable) {}
