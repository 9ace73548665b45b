package dev.botwright.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walker behind {@link WebhookExamplesTest} finds what it is there to find. */
class EveryFieldTest {

  private static final CommitAuthor AUTHOR = new CommitAuthor(null, null, "octocat", null);

  @Test
  void aNullWhereTheModelPromisesAValueIsReportedWithItsPath() {
    PushCommit commit =
        new PushCommit(
            Arrays.asList("a.txt", null),
            new CommitAuthor(null, null, null, null),
            AUTHOR,
            true,
            "6113728",
            "msg",
            List.of(),
            List.of(),
            Instant.EPOCH,
            null,
            "https://example.test");

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
    PushEvent push =
        new PushEvent(
            "after", null, "before", List.of(), "compare", false, false, null, false, null, null,
            null, AUTHOR, null, null, null);

    List<String> problems = EveryField.problems(push);

    assertThat(problems)
        .hasSize(3)
        .startsWith("ref: null, but not @Nullable", "repository: null, but not @Nullable");
    assertThat(problems.get(2)).startsWith("branch(): threw NullPointerException");
  }
}
