package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * A pull request review.
 *
 * @param id the review id
 * @param body the review's summary in Markdown, or {@code null}
 * @param state e.g. {@code "approved"}, {@code "changes_requested"}, {@code "commented"}
 * @param user the reviewer
 * @param commitId the commit that was reviewed
 * @param authorAssociation the reviewer's relation to the repository
 * @param htmlUrl the review's page
 * @param submittedAt when it was submitted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Review(
    long id,
    @Nullable String body,
    String state,
    User user,
    @Nullable String commitId,
    @Nullable String authorAssociation,
    String htmlUrl,
    @Nullable Instant submittedAt) {}
