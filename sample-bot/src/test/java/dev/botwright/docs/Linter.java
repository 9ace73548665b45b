package dev.botwright.docs;

import dev.botwright.github.CheckAnnotation;
import dev.botwright.github.RepoRef;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/** The checking a {@link LintCheck} reports: stands for a real linter in the guide. */
interface Linter {

  /** The problems in commit {@code sha}, one annotation each. */
  List<CheckAnnotation> lint(RepoRef repo, String sha);

  /** Pushes a commit that fixes what {@link #lint} found. */
  void fix(RepoRef repo, String sha);

  /** A linter that finds nothing, so the guide's handlers start; tests replace it. */
  @Requires(property = "docs.snippets", value = "true")
  @Singleton
  class FindsNothing implements Linter {

    @Override
    public List<CheckAnnotation> lint(RepoRef repo, String sha) {
      return List.of();
    }

    @Override
    public void fix(RepoRef repo, String sha) {}
  }
}
