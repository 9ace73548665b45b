package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * The {@code pull_request} links of an {@link Issue} that is a pull request.
 *
 * @param htmlUrl the pull request's page
 * @param diffUrl the pull request's diff
 * @param mergedAt when it was merged, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record IssuePullRequest(
    @Nullable String htmlUrl, @Nullable String diffUrl, @Nullable Instant mergedAt) {}
