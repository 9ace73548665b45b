package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * A comment on a pull request's diff.
 *
 * @param id the comment id
 * @param pullRequestReviewId the review it belongs to
 * @param inReplyToId the comment it replies to, or {@code null}
 * @param body the body in Markdown
 * @param path the file commented on
 * @param line the line in the diff's new (or old, see {@code side}) file, or {@code null}
 * @param side {@code "LEFT"} or {@code "RIGHT"}
 * @param commitId the commit commented on
 * @param diffHunk the diff around the comment
 * @param user the author
 * @param authorAssociation the author's relation to the repository
 * @param htmlUrl the comment's page
 * @param reactions reaction counts, when sent
 * @param createdAt when it was written
 * @param updatedAt when it was last edited
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record ReviewComment(
    long id,
    @Nullable Long pullRequestReviewId,
    @Nullable Long inReplyToId,
    String body,
    String path,
    @Nullable Integer line,
    @Nullable String side,
    String commitId,
    @Nullable String diffHunk,
    User user,
    @Nullable String authorAssociation,
    String htmlUrl,
    @Nullable Reactions reactions,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {}
