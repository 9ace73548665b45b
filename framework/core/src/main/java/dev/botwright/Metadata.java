package dev.botwright;

import dev.botwright.github.IssueRef;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * Small JSON values remembered on one issue or pull request, like probot-metadata: kept in a hidden
 * HTML comment at the end of its body, {@code <!-- botwright = {"<installationId>":{...}} -->},
 * under this installation's id, so other installations' values and the rest of the body are left as
 * they are, byte for byte. GitHub does not render the comment.
 *
 * <pre>{@code
 * Metadata metadata = ctx.metadata(ctx.issue());
 * if (metadata.get("greeted", Boolean.class).isEmpty()) {
 *   ctx.github().issues().createComment(ctx.issue(), "Hello!");
 *   metadata.set("greeted", true);
 * }
 * }</pre>
 *
 * <p>Every call reads the issue again ({@code GET /repos/{owner}/{repo}/issues/{issue_number}});
 * writes re-read, merge and {@code PATCH} the body, then read it back to check their change
 * survived. Writes from this process to one issue are serialized, so they never lose each other's
 * keys; GitHub has no compare-and-set for issues, so across processes a write that another process
 * overwrote is found by the read-back and made again (up to 3 attempts, then {@link
 * MetadataConflictException}). What stays possible: another process that read before our write and
 * writes after our read-back overwrites our key unseen; and an edit a person makes to the body
 * between our read and our write is lost, as with probot-metadata.
 */
public interface Metadata {

  /** The issue or pull request this metadata lives on. */
  IssueRef issue();

  /**
   * The value under {@code key}, read into {@code type} (a record, {@code String}, {@code Boolean},
   * {@code Long}, {@code JsonNode}, ...); empty when there is none.
   *
   * @throws IllegalArgumentException when the stored value cannot be read as {@code type}
   */
  <T> Optional<T> get(String key, Class<T> type);

  /**
   * {@link #get(String, Class)} for generic types, e.g. {@code Argument.listOf(String.class)}.
   *
   * @throws IllegalArgumentException when the stored value cannot be read as {@code type}
   */
  <T> Optional<T> get(String key, Argument<T> type);

  /** Every value of this installation on the issue, by key; empty when there is none. */
  Map<String, JsonNode> getAll();

  /**
   * Stores {@code value} (anything the application's serde can write) under {@code key}, keeping
   * every other key.
   *
   * @throws MetadataConflictException when other writers kept overwriting the change
   */
  void set(String key, Object value);

  /**
   * Stores several values at once, keeping every other key.
   *
   * @throws MetadataConflictException when other writers kept overwriting the change
   */
  void setAll(Map<String, ?> values);

  /**
   * Removes {@code key}; the comment goes away with the last key.
   *
   * @throws MetadataConflictException when other writers kept overwriting the change
   */
  void remove(String key);
}
