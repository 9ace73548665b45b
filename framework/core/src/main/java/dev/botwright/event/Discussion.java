package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/**
 * A discussion.
 *
 * @param id the discussion id
 * @param number the discussion number within its repository
 * @param title the title
 * @param body the body in Markdown
 * @param state {@code "open"}, {@code "closed"}, {@code "locked"}...
 * @param locked whether the conversation is locked
 * @param category the category
 * @param answerHtmlUrl the answer's page, or {@code null} while unanswered
 * @param user the author
 * @param labels the labels, when sent
 * @param authorAssociation the author's relation to the repository
 * @param htmlUrl the discussion's page
 * @param createdAt when it was opened
 * @param updatedAt when it was last updated
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Discussion(
    long id,
    int number,
    String title,
    @Nullable String body,
    @Nullable String state,
    boolean locked,
    @Nullable DiscussionCategory category,
    @Nullable String answerHtmlUrl,
    User user,
    List<Label> labels,
    @Nullable String authorAssociation,
    String htmlUrl,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {

  public Discussion {
    labels = Lists.copy(labels);
  }
}
