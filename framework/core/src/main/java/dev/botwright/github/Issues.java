package dev.botwright.github;

import dev.botwright.IssueRef;
import io.micronaut.json.tree.JsonNode;

/** Issues, their comments, labels and reactions. Obtain it from {@link GitHubClient#issues()}. */
public interface Issues {

  /** Comments on an issue or pull request; returns the created comment. */
  JsonNode createComment(IssueRef issue, String body);
}
