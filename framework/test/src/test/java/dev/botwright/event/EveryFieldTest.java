package dev.botwright.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The walker behind {@link WebhookExamplesTest} finds what it is there to find. */
class EveryFieldTest {

  /** Shaped like the generated records: a nullable and a non-null component. */
  public record Author(@Nullable String email, String name) {}

  /** A list, a nested record and a required string. */
  public record Commit(List<String> added, Author author, String treeId) {}

  /** A record with a helper method, like {@code PushEvent.branch()}. */
  public record Push(String ref) {
    public @Nullable String branch() {
      return ref.startsWith("refs/heads/") ? ref.substring(11) : null;
    }
  }

  private static final Author AUTHOR = new Author(null, "octocat");

  @Test
  void aNullWhereTheModelPromisesAValueIsReportedWithItsPath() {
    @SuppressWarnings("NullAway") // the point: a record holding what its types forbid
    Commit commit = new Commit(Arrays.asList("a.txt", null), new Author(null, null), null);

    assertThat(EveryField.problems(commit))
        .containsExactly(
            "added[1]: a null item",
            "author.name: null, but not @Nullable",
            "treeId: null, but not @Nullable");
  }

  @Test
  void nullsWhereTheModelAllowsThemAreFine() {
    assertThat(EveryField.problems(AUTHOR)).isEmpty();
  }

  @Test
  void aHelperThatThrowsIsReported() {
    @SuppressWarnings("NullAway")
    Push push = new Push(null);

    List<String> problems = EveryField.problems(push);

    assertThat(problems).hasSize(2).startsWith("ref: null, but not @Nullable");
    assertThat(problems.get(1)).startsWith("branch(): threw NullPointerException");
  }
}
