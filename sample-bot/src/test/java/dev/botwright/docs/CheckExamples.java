package dev.botwright.docs;

import dev.botwright.event.CheckRun;
import dev.botwright.github.CheckAnnotation;
import dev.botwright.github.CheckImage;
import dev.botwright.github.CheckRunRequest;
import dev.botwright.github.CheckRunRequest.Conclusion;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.PartialCheckRunException;
import dev.botwright.github.RepoRef;
import java.time.Instant;
import java.util.List;

/** Check run calls as docs/checks.md shows them; plain methods, not handlers. */
final class CheckExamples {

  private CheckExamples() {}

  static List<CheckAnnotation> annotations() {
    return List.of(
        CheckAnnotation.failure("src/App.java", 12, "Unused import java.util.List"),
        CheckAnnotation.warning("src/App.java", 40, "Method is 120 lines long")
            .withLines(40, 160)
            .withTitle("long-method"),
        CheckAnnotation.notice("README.md", 3, "Consider a link to the guide")
            .withColumns(1, 18)
            .withRawDetails("Seen by the docs linter, rule docs/link"));
  }

  static CheckRunRequest coverageReport(String sha, Instant finished) {
    return CheckRunRequest.create("coverage", sha)
        .completed(Conclusion.NEUTRAL, finished)
        .output("Coverage 81%", "Down 0.4% from `main`", "## Per module\n...")
        .images(new CheckImage("Coverage chart", "https://example.com/c/123.png", "Last 30 days"));
  }

  static void annotateAll(
      GitHubClient github, RepoRef repo, long runId, List<CheckAnnotation> all) {
    try {
      github
          .checks()
          .updateCheckRun(
              repo,
              runId,
              CheckRunRequest.update()
                  .output("Lint", all.size() + " problem(s) found")
                  .annotations(all));
    } catch (PartialCheckRunException e) {
      // The run has the first e.annotationsSent() annotations; say so on it
      CheckRun run = e.checkRun();
      github
          .checks()
          .updateCheckRun(
              repo,
              run.id(),
              CheckRunRequest.update()
                  .output(
                      "Lint",
                      all.size()
                          + " problem(s) found; "
                          + e.annotationsSent()
                          + " shown (GitHub refused the rest)"));
    }
  }
}
