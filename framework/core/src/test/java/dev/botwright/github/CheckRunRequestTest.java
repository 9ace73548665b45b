package dev.botwright.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.github.CheckRunRequest.Conclusion;
import dev.botwright.github.CheckRunRequest.Status;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed check run request and GitHub's limits on what it carries. */
class CheckRunRequestTest {

  @Test
  void statusAndConclusionAreSentInGitHubsSpelling() {
    Instant done = Instant.parse("2026-01-01T10:00:00Z");

    assertThat(CheckRunRequest.create("lint", "abc").status(Status.IN_PROGRESS).toParameters())
        .isEqualTo(Map.of("name", "lint", "head_sha", "abc", "status", "in_progress"));
    assertThat(CheckRunRequest.update().completed(Conclusion.TIMED_OUT, done).toParameters())
        .isEqualTo(
            Map.of(
                "status",
                "completed",
                "conclusion",
                "timed_out",
                "completed_at",
                "2026-01-01T10:00:00Z"));
    assertThat(CheckRunRequest.update().completed(Conclusion.ACTION_REQUIRED).toParameters())
        .containsEntry("conclusion", "action_required");
    assertThat(CheckRunRequest.update().status(Status.QUEUED).toParameters())
        .containsEntry("status", "queued");
  }

  @Test
  @SuppressWarnings("deprecation")
  void theStringFormsStillWorkAndRefuseATypo() {
    assertThat(CheckRunRequest.update().completed("success").toParameters())
        .isEqualTo(Map.of("status", "completed", "conclusion", "success"));
    assertThat(CheckRunRequest.update().status("in_progress").toParameters())
        .isEqualTo(Map.of("status", "in_progress"));

    assertThatThrownBy(() -> CheckRunRequest.update().completed("sucess"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'sucess' is not a check run conclusion; GitHub takes one of [success, failure,"
                + " neutral, cancelled, skipped, timed_out, action_required]");
    assertThatThrownBy(() -> CheckRunRequest.update().status("running"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'running' is not a check run status; GitHub takes one of [queued, in_progress,"
                + " completed]");
  }

  @Test
  void completedNeedsAConclusion() {
    assertThatThrownBy(() -> CheckRunRequest.update().status(Status.COMPLETED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A completed check run needs a conclusion: call completed(Conclusion) instead of"
                + " status(COMPLETED)");
  }

  @Test
  void annotationsNeedAnOutput() {
    CheckRunRequest request =
        CheckRunRequest.update().annotations(CheckAnnotation.notice("a.txt", 1, "m"));

    assertThatThrownBy(request::toParameters)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "This check run has 1 annotation(s) and 0 image(s) but no output: GitHub needs an"
                + " output title and summary with them. Call output(title, summary)");
  }

  @Test
  void outputAndActionsHaveTheirOwnMethods() {
    assertThatThrownBy(() -> CheckRunRequest.update().with("output", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Set a check run's output with output(...), annotations(...) and images(...), not"
                + " with(\"output\", ...)");
  }

  @Test
  void imagesAndActionsAreSentAsGitHubNamesThem() {
    Map<String, Object> parameters =
        CheckRunRequest.update()
            .output("Coverage", "81%")
            .images(new CheckImage("Coverage chart", "https://example.com/c.png", "Last 30 days"))
            .actions(new CheckAction("Fix it", "Push the linter's fixes", "fix"))
            .toParameters();

    assertThat(parameters)
        .isEqualTo(
            Map.of(
                "output",
                Map.of(
                    "title",
                    "Coverage",
                    "summary",
                    "81%",
                    "images",
                    List.of(
                        Map.of(
                            "alt",
                            "Coverage chart",
                            "image_url",
                            "https://example.com/c.png",
                            "caption",
                            "Last 30 days"))),
                "actions",
                List.of(
                    Map.of(
                        "label",
                        "Fix it",
                        "description",
                        "Push the linter's fixes",
                        "identifier",
                        "fix"))));
  }

  @Test
  void actionLimitsAreGitHubs() {
    assertThatThrownBy(() -> new CheckAction("Fix", "Push fixes", "apply-all-the-fixes-now"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The check run action's identifier 'apply-all-the-fixes-now' is 23 characters long;"
                + " GitHub takes at most 20. Shorten it");
    assertThatThrownBy(() -> new CheckAction("Apply every fix right now", "Push fixes", "fix"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label 'Apply every fix right now' is 25 characters long");
    assertThatThrownBy(() -> new CheckAction("Fix", "x".repeat(41), "fix"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description '" + "x".repeat(41) + "' is 41 characters long")
        .hasMessageContaining("at most 40");
    assertThat(new CheckAction("x".repeat(20), "y".repeat(40), "z".repeat(20)).label()).hasSize(20);

    CheckAction a = new CheckAction("A", "a", "a");
    assertThatThrownBy(() -> CheckRunRequest.update().actions(a, a).actions(a, a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A check run takes at most 3 actions, but this one would have 4 ([a, a, a, a]);"
                + " keep the most useful three");
  }

  @Test
  void annotationLimitsAreGitHubs() {
    assertThatThrownBy(() -> CheckAnnotation.failure("a.txt", 0, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Check annotation at a.txt:0: lines 0-0 are not a range; lines count from 1 and"
                + " endLine must be at least startLine");
    assertThatThrownBy(() -> CheckAnnotation.failure("a.txt", 5, "m").withLines(5, 3))
        .hasMessageContaining("lines 5-3 are not a range");
    assertThatThrownBy(
            () -> CheckAnnotation.failure("a.txt", 5, "m").withLines(5, 6).withColumns(1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Check annotation at a.txt:5: GitHub takes columns only on a one-line annotation,"
                + " but it spans lines 5-6; drop the columns or use one line");
    assertThatThrownBy(() -> CheckAnnotation.failure("a.txt", 5, "m").withColumns(9, 2))
        .hasMessageContaining("columns 9-2 are not a range");
    assertThatThrownBy(() -> CheckAnnotation.failure("a.txt", 5, "m").withTitle("t".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Check annotation at a.txt:5: the title is 256 characters long; GitHub takes at most"
                + " 255. Shorten it and put the rest in the message");
    assertThatThrownBy(() -> CheckAnnotation.failure("a.txt", 5, "é".repeat(32 * 1024 + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Check annotation at a.txt:5: the message is 65538 bytes; GitHub takes at most 64 KB"
                + " (65536 bytes). Shorten it, or link to the full report with detailsUrl");
    assertThatThrownBy(() -> CheckAnnotation.failure(" ", 1, "m"))
        .hasMessage(
            "A check annotation needs the path of a file in the repository, e.g. src/App.java");
    assertThatThrownBy(() -> CheckAnnotation.failure("a.txt", 1, ""))
        .hasMessage("Check annotation at a.txt:1 needs a message");
    assertThat(CheckAnnotation.failure("a.txt", 5, "m").withTitle("t".repeat(255)).title())
        .hasSize(255);
  }

  @Test
  void outputTextIsLimitedAsGitHubLimitsIt() {
    assertThatThrownBy(() -> CheckRunRequest.update().output("t", "s".repeat(65536)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A check run's output summary is 65536 characters long; GitHub takes at most 65535."
                + " Shorten it, or link to the full report with detailsUrl");
    assertThat(CheckRunRequest.update().output("t", "s", "x".repeat(65535)).toParameters())
        .containsKey("output");
  }

  @Test
  void imagesNeedAltTextAndAUrl() {
    assertThatThrownBy(() -> CheckImage.of("", "https://example.com/c.png"))
        .hasMessage(
            "A check image needs alt text (read instead of the image https://example.com/c.png)");
    assertThatThrownBy(() -> CheckImage.of("chart", " "))
        .hasMessage("The check image 'chart' needs the full URL of the image");
  }
}
