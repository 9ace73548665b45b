package dev.botwright.internal.metadata;

import dev.botwright.Metadata;
import dev.botwright.MetadataConflictException;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.IssueRef;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@link Metadata} through an installation client: the namespace is the installation id, as in
 * probot-metadata. Create one per use; it holds no state but its coordinates.
 */
@Internal
public final class IssueMetadata implements Metadata {

  /** Attempts of one write before {@link MetadataConflictException}. */
  static final int ATTEMPTS = 3;

  private static final String ISSUE = "/repos/{owner}/{repo}/issues/{issue_number}";

  /** Writes from this process to one issue take turns; 64 stripes bound the memory. */
  private static final Object[] LOCKS = new Object[64];

  static {
    for (int i = 0; i < LOCKS.length; i++) {
      LOCKS[i] = new Object();
    }
  }

  private final GitHubClient github;
  private final IssueRef issue;
  private final String namespace;
  private final JsonMapper mapper;

  /**
   * @param github a client of installation {@code installationId}
   * @param installationId the installation whose values these are
   */
  public IssueMetadata(
      GitHubClient github, IssueRef issue, long installationId, JsonMapper mapper) {
    this.github = Objects.requireNonNull(github, "github");
    this.issue = Objects.requireNonNull(issue, "issue");
    this.namespace = Long.toString(installationId);
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  @Override
  public IssueRef issue() {
    return issue;
  }

  @Override
  public <T> Optional<T> get(String key, Class<T> type) {
    return get(key, Argument.of(type));
  }

  @Override
  public <T> Optional<T> get(String key, Argument<T> type) {
    Objects.requireNonNull(key, "key");
    JsonNode value = read().values(namespace).get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (type.getType() == JsonNode.class) {
      return Optional.of(type.getType().cast(value));
    }
    try {
      return Optional.ofNullable(mapper.readValueFromTree(value, type));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "The metadata '"
              + key
              + "' of "
              + issue
              + " cannot be read as "
              + type.getTypeName()
              + ": "
              + e.getMessage()
              + ". Read it as the type it was written with, or as JsonNode.",
          e);
    }
  }

  @Override
  public Map<String, JsonNode> getAll() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(read().values(namespace)));
  }

  @Override
  public void set(String key, Object value) {
    Objects.requireNonNull(key, "key");
    setAll(Collections.singletonMap(key, value));
  }

  @Override
  public void setAll(Map<String, ?> values) {
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          Objects.requireNonNull(key, "key");
          trees.put(key, toTree(key, value));
        });
    write(mine -> mine.putAll(trees), mine -> mine.entrySet().containsAll(trees.entrySet()));
  }

  @Override
  public void remove(String key) {
    Objects.requireNonNull(key, "key");
    write(mine -> mine.remove(key), mine -> !mine.containsKey(key));
  }

  /**
   * Reads, changes and writes the body, then reads it back; writes again while the change is not
   * there. A write that would not change the body is skipped.
   */
  private void write(
      Consumer<Map<String, JsonNode>> change, Predicate<Map<String, JsonNode>> holds) {
    synchronized (LOCKS[Math.floorMod(issue.hashCode(), LOCKS.length)]) {
      MetadataComment current = read();
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        String before = current.render(mapper);
        change.accept(current.values(namespace));
        String after = current.render(mapper);
        if (!after.equals(before)) {
          github.request("PATCH " + ISSUE, params(Map.of("body", after)));
        }
        current = read();
        if (holds.test(current.values(namespace))) {
          return;
        }
      }
      throw new MetadataConflictException(issue, ATTEMPTS);
    }
  }

  private MetadataComment read() {
    JsonNode answer = github.request("GET " + ISSUE, params(Map.of())).body();
    JsonNode body = answer == null ? null : answer.get("body");
    String text = body == null || !body.isString() ? "" : body.getStringValue();
    return MetadataComment.parse(text, mapper);
  }

  private Map<String, Object> params(Map<String, Object> extra) {
    Map<String, Object> params = new HashMap<>(extra);
    params.put("owner", issue.repository().owner());
    params.put("repo", issue.repository().repo());
    params.put("issue_number", issue.number());
    return params;
  }

  /**
   * The value as the tree a read of the body gives back (so {@code 1L} and {@code 1} compare equal
   * when the write is checked).
   */
  private JsonNode toTree(String key, Object value) {
    if (value == null) {
      return JsonNode.nullNode();
    }
    try {
      String json = mapper.writeValueAsString(value);
      return mapper.readValue(json, JsonNode.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "The metadata '"
              + key
              + "' cannot be written as JSON: "
              + e.getMessage()
              + ". Use a @Serdeable record, a String, a number, a boolean, a List or a Map.",
          e);
    }
  }
}
