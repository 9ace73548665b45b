package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Reaction counts on an issue, comment, release or discussion.
 *
 * @param totalCount all reactions
 * @param plusOne {@code +1} reactions
 * @param minusOne {@code -1} reactions
 * @param laugh laugh reactions
 * @param hooray hooray reactions
 * @param confused confused reactions
 * @param heart heart reactions
 * @param rocket rocket reactions
 * @param eyes eyes reactions
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Reactions(
    int totalCount,
    @JsonProperty("+1") int plusOne,
    @JsonProperty("-1") int minusOne,
    int laugh,
    int hooray,
    int confused,
    int heart,
    int rocket,
    int eyes) {}
