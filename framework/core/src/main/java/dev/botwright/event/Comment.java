package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * A comment on an issue, a pull request's conversation or a discussion.
 *
 * @param id the comment id
 * @param body the body in Markdown
 * @param user the author
 * @param authorAssociation the author's relation to the repository, e.g. {@code "MEMBER"}
 * @param htmlUrl the comment's page
 * @param parentId the comment it replies to (discussion comments), or {@code null}
 * @param reactions reaction counts, when sent
 * @param createdAt when it was written
 * @param updatedAt when it was last edited
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Comment(
    long id,
    @Nullable String body,
    User user,
    @Nullable String authorAssociation,
    String htmlUrl,
    @Nullable Long parentId,
    @Nullable Reactions reactions,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {}
