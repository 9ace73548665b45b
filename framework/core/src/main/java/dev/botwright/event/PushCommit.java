package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/**
 * A commit listed in a {@code push} payload.
 *
 * @param id the commit sha
 * @param treeId the tree sha
 * @param message the commit message
 * @param timestamp the commit's time
 * @param url the commit's page
 * @param author the author
 * @param committer the committer
 * @param distinct whether the commit is new to the repository with this push
 * @param added paths added
 * @param removed paths removed
 * @param modified paths modified
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record PushCommit(
    String id,
    @Nullable String treeId,
    String message,
    @Nullable Instant timestamp,
    @Nullable String url,
    CommitAuthor author,
    @Nullable CommitAuthor committer,
    boolean distinct,
    List<String> added,
    List<String> removed,
    List<String> modified) {

  public PushCommit {
    added = Lists.copy(added);
    removed = Lists.copy(removed);
    modified = Lists.copy(modified);
  }
}
