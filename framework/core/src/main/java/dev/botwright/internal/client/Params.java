package dev.botwright.internal.client;

import dev.botwright.github.IssueRef;
import dev.botwright.github.PullRequestRef;
import dev.botwright.github.RepoRef;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds route parameters for the typed helpers; {@code null} values are left out. */
final class Params {

  private final Map<String, Object> values = new LinkedHashMap<>();

  static Params of(RepoRef repo) {
    return new Params().put("owner", repo.owner()).put("repo", repo.repo());
  }

  static Params of(IssueRef issue) {
    return of(issue.repository()).put("issue_number", issue.number());
  }

  static Params of(PullRequestRef pull) {
    return of(pull.repository()).put("pull_number", pull.number());
  }

  Params put(String name, @Nullable Object value) {
    if (value != null) {
      values.put(name, value);
    }
    return this;
  }

  Params putAll(Map<String, ?> more) {
    more.forEach(this::put);
    return this;
  }

  Map<String, Object> map() {
    return values;
  }
}
