package dev.botwright.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.github.CheckAnnotation;
import dev.botwright.github.RepoRef;
import dev.botwright.test.BotTest;
import dev.botwright.test.Call;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The flow docs/checks.md describes, through the testing kit: request, rerun, action. */
@BotTest
@Property(name = "docs.snippets", value = "true")
@Property(name = "lint-check-test", value = "true")
class LintCheckTest {

  static final String CREATE = "POST /repos/{owner}/{repo}/check-runs";
  static final String UPDATE = "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}";

  @Inject ScriptedLinter linter;
  @Inject JsonMapper json;

  @BeforeEach
  void reset() {
    linter.problems = 0;
    linter.fixed.clear();
  }

  @Test
  void aRequestedSuiteGetsARunWith120AnnotationsInThreeUpdates(
      FakeGitHub github, WebhookSender webhooks) throws IOException {
    linter.problems = 120;
    github.stub(CREATE, 201, "{\"id\":4242,\"name\":\"lint\"}");

    webhooks.send("check_suite.requested").assertHandled();

    github
        .assertCalled(CREATE)
        .times(1)
        .withJsonBody(
            "{\"name\":\"lint\",\"head_sha\":\"f95f852bd8fca8fcc58a9a2d6c842781e32a215e\","
                + "\"status\":\"in_progress\"}");
    List<Call> updates = github.assertCalled(UPDATE).times(3).calls();
    assertThat(updates)
        .extracting(Call::pathOnly)
        .containsOnly("/repos/Codertocat/Hello-World/check-runs/4242");
    List<JsonNode> bodies = new ArrayList<>();
    for (Call update : updates) {
      bodies.add(json.readValue(update.body(), JsonNode.class));
    }
    assertThat(bodies.get(0).get("conclusion").getStringValue()).isEqualTo("failure");
    assertThat(bodies.get(0).get("actions").get(0).get("identifier").getStringValue())
        .isEqualTo("fix");
    assertThat(bodies.stream().map(b -> b.get("output").get("annotations").size()))
        .containsExactly(50, 50, 20);
    assertThat(bodies)
        .allSatisfy(
            body -> {
              assertThat(body.get("output").get("title").getStringValue()).isEqualTo("Lint");
              assertThat(body.get("output").get("summary").getStringValue())
                  .isEqualTo("120 problem(s) found");
            });
    assertThat(
            bodies.get(2).get("output").get("annotations").get(19).get("start_line").getIntValue())
        .isEqualTo(120);
    assertThat(bodies.get(1).size()).as("an update after the first carries only output").isOne();
  }

  @Test
  void aCleanCommitSucceedsWithoutAnnotationsOrButtons(FakeGitHub github, WebhookSender webhooks) {
    github.stub(CREATE, 201, "{\"id\":4242,\"name\":\"lint\"}");

    webhooks.send("check_suite.rerequested").assertHandled();

    github
        .assertCalled(CREATE)
        .withJsonPath("head_sha", "ec26c3e57ca3a959ca5aad62de7213c562f8c821");
    github
        .assertCalled(UPDATE)
        .times(1)
        .withJsonBody(
            "{\"status\":\"completed\",\"conclusion\":\"success\","
                + "\"output\":{\"title\":\"Lint\",\"summary\":\"0 problem(s) found\"}}");
  }

  @Test
  void aRerequestedRunOfThisCheckStartsANewRun(FakeGitHub github, WebhookSender webhooks) {
    Fixture rerun = Fixture.of("check_run.rerequested").with("check_run.name", "lint");

    webhooks.send(rerun).assertHandled();

    github
        .assertCalled(CREATE)
        .times(1)
        .withJsonPath("name", "lint")
        .withJsonPath("head_sha", "d6fde92930d4715a2b49857d24b940956b26d2d3");
  }

  @Test
  void aRerequestedRunOfAnotherCheckIsLeftAlone(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send(Fixture.of("check_run.rerequested")).assertHandled();

    github.assertNotCalled(CREATE);
  }

  @Test
  void theFixButtonRunsTheFixOnTheRunsCommit(FakeGitHub github, WebhookSender webhooks) {
    Fixture click =
        Fixture.of("check_run.requested_action").with("requested_action.identifier", "fix");

    webhooks.send(click).assertHandled();
    webhooks.send(Fixture.of("check_run.requested_action")).assertHandled(); // another button
    webhooks.send(Fixture.minimal("check_run.requested_action")).assertHandled(); // no action

    assertThat(linter.fixed)
        .containsExactly("electron/electron@5bd5f196a46b8222fb7484f05faba41a73cf34bd");
    github.assertNotCalled(CREATE);
  }

  /** A linter the tests script: {@code problems} annotations, and the fixes it was asked for. */
  @Singleton
  @Replaces(Linter.FindsNothing.class)
  @Requires(property = "lint-check-test", value = "true")
  static class ScriptedLinter implements Linter {

    volatile int problems;
    final List<String> fixed = new CopyOnWriteArrayList<>();

    @Override
    public List<CheckAnnotation> lint(RepoRef repo, String sha) {
      return IntStream.rangeClosed(1, problems)
          .mapToObj(line -> CheckAnnotation.failure("src/App.java", line, "Problem " + line))
          .toList();
    }

    @Override
    public void fix(RepoRef repo, String sha) {
      fixed.add(repo + "@" + sha);
    }
  }
}
