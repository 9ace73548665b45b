package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.botwright.event.CheckRun;
import dev.botwright.github.CheckAction;
import dev.botwright.github.CheckAnnotation;
import dev.botwright.github.CheckImage;
import dev.botwright.github.CheckRunRequest;
import dev.botwright.github.CheckRunRequest.Conclusion;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.PartialCheckRunException;
import dev.botwright.github.RepoRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Check runs with more annotations than GitHub takes in one request. */
class CheckRunAnnotationsTest {

  private static final RepoRef REPO = new RepoRef("octo", "hello");
  private static final String CREATE = "/repos/octo/hello/check-runs";
  private static final String RUN = "/repos/octo/hello/check-runs/77";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ClientHarness harness = new ClientHarness(Map.of("botwright.client.pacing", false));
  private final GitHubClient github = harness.clients.installation(42);

  @BeforeEach
  void answerWithRun77() {
    String run = "{\"id\":77,\"name\":\"lint\",\"head_sha\":\"abc123\"}";
    harness.github.stubFor(
        post(CREATE)
            .willReturn(okJson(GitHubAnswers.with("POST /repos/{owner}/{repo}/check-runs", run))));
    harness.github.stubFor(
        patch(urlEqualTo(RUN))
            .willReturn(
                okJson(
                    GitHubAnswers.with(
                        "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", run))));
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void oneHundredTwentyAnnotationsAreSentAsACreateAndTwoUpdatesOfAtMostFifty() throws IOException {
    CheckRunRequest request =
        CheckRunRequest.create("lint", "abc123")
            .completed(Conclusion.FAILURE)
            .output("120 problems", "Lint found 120 problems", "Details")
            .images(CheckImage.of("chart", "https://example.com/chart.png"))
            .actions(new CheckAction("Fix", "Apply the linter's fixes", "fix"))
            .annotations(annotations(120));

    CheckRun run = github.checks().createCheckRun(REPO, request);

    assertThat(run.id()).isEqualTo(77);
    List<LoggedRequest> creates = harness.github.findAll(postRequestedFor(urlEqualTo(CREATE)));
    List<LoggedRequest> updates = harness.github.findAll(patchRequestedFor(urlEqualTo(RUN)));
    assertThat(creates).hasSize(1);
    assertThat(updates).hasSize(2);

    JsonNode create = JSON.readTree(creates.get(0).getBodyAsString());
    assertThat(create.get("name").asText()).isEqualTo("lint");
    assertThat(create.get("head_sha").asText()).isEqualTo("abc123");
    assertThat(create.get("status").asText()).isEqualTo("completed");
    assertThat(create.get("conclusion").asText()).isEqualTo("failure");
    assertThat(create.get("actions").toString())
        .isEqualTo(
            "[{\"label\":\"Fix\",\"description\":\"Apply the linter's fixes\",\"identifier\":\"fix\"}]");
    assertThat(create.get("output").get("images").size()).isEqualTo(1);
    assertThat(startLines(create)).isEqualTo(range(1, 50));

    for (int i = 0; i < updates.size(); i++) {
      JsonNode update = JSON.readTree(updates.get(i).getBodyAsString());
      assertThat(fieldNames(update)).containsExactly("output");
      JsonNode output = update.get("output");
      assertThat(fieldNames(output)).containsExactly("title", "summary", "text", "annotations");
      assertThat(output.get("title").asText()).isEqualTo("120 problems");
      assertThat(output.get("summary").asText()).isEqualTo("Lint found 120 problems");
      assertThat(output.get("text").asText()).isEqualTo("Details");
    }
    assertThat(startLines(JSON.readTree(updates.get(0).getBodyAsString())))
        .isEqualTo(range(51, 100));
    assertThat(startLines(JSON.readTree(updates.get(1).getBodyAsString())))
        .isEqualTo(range(101, 120));
  }

  @Test
  void anAnnotationIsSentAsGitHubNamesItsFields() throws IOException {
    CheckAnnotation annotation =
        CheckAnnotation.warning("src/App.java", 12, "Unused import")
            .withColumns(1, 24)
            .withTitle("unused-import")
            .withRawDetails("import java.util.List;");

    github
        .checks()
        .updateCheckRun(
            REPO, 77, CheckRunRequest.update().output("1 problem", "One").annotations(annotation));

    List<LoggedRequest> updates = harness.github.findAll(patchRequestedFor(urlEqualTo(RUN)));
    assertThat(updates).hasSize(1);
    assertThat(JSON.readTree(updates.get(0).getBodyAsString()).get("output").get("annotations"))
        .isEqualTo(
            JSON.readTree(
                "[{\"path\":\"src/App.java\",\"start_line\":12,\"end_line\":12,"
                    + "\"start_column\":1,\"end_column\":24,\"annotation_level\":\"warning\","
                    + "\"message\":\"Unused import\",\"title\":\"unused-import\","
                    + "\"raw_details\":\"import java.util.List;\"}]"));
  }

  @Test
  void anUpdateWithMoreThanFiftyIsSentAsSeveralUpdates() throws IOException {
    github
        .checks()
        .updateCheckRun(
            REPO,
            77,
            CheckRunRequest.update()
                .completed(Conclusion.NEUTRAL)
                .output("51", "Fifty-one")
                .annotations(annotations(51)));

    List<LoggedRequest> updates = harness.github.findAll(patchRequestedFor(urlEqualTo(RUN)));
    assertThat(updates).hasSize(2);
    JsonNode first = JSON.readTree(updates.get(0).getBodyAsString());
    assertThat(first.get("conclusion").asText()).isEqualTo("neutral");
    assertThat(startLines(first)).isEqualTo(range(1, 50));
    JsonNode second = JSON.readTree(updates.get(1).getBodyAsString());
    assertThat(fieldNames(second.get("output"))).containsExactly("title", "summary", "annotations");
    assertThat(startLines(second)).isEqualTo(List.of(51));
  }

  @Test
  void aFailedUpdateSaysWhichRunHasHowManyAnnotations() {
    harness.github.stubFor(
        patch(urlEqualTo(RUN))
            .withRequestBody(matchingJsonPath("$.output.annotations[0].start_line", equalTo("101")))
            .willReturn(error(422, "Validation Failed")));

    assertThatThrownBy(
            () ->
                github
                    .checks()
                    .createCheckRun(
                        REPO,
                        CheckRunRequest.create("lint", "abc123")
                            .output("120 problems", "Lint found 120 problems")
                            .annotations(annotations(120))))
        .isInstanceOfSatisfying(
            PartialCheckRunException.class,
            e -> {
              assertThat(e.checkRun().id()).isEqualTo(77);
              assertThat(e.annotationsSent()).isEqualTo(100);
              assertThat(e.annotationsTotal()).isEqualTo(120);
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}: GitHub answered 422:"
                          + " Validation Failed. Check run 77 ('lint') has 100 of the 120"
                          + " annotations; send the other 20 with updateCheckRun(repo, 77, ...)");
            });
  }

  @Test
  void aFailedCreateIsAPlainFailureAndSendsNoUpdate() {
    harness.github.stubFor(
        post(CREATE).willReturn(error(403, "Resource not accessible by integration")));

    assertThatThrownBy(
            () ->
                github
                    .checks()
                    .createCheckRun(
                        REPO,
                        CheckRunRequest.create("lint", "abc123")
                            .output("60", "Sixty")
                            .annotations(annotations(60))))
        .isExactlyInstanceOf(GitHubApiException.class);
    assertThat(harness.github.findAll(patchRequestedFor(urlEqualTo(RUN)))).isEmpty();
  }

  @Test
  void theMapFormIsSplitToo() throws IOException {
    List<Map<String, Object>> raw = new ArrayList<>();
    for (int line = 1; line <= 60; line++) {
      raw.add(
          Map.of(
              "path", "a.txt",
              "start_line", line,
              "end_line", line,
              "annotation_level", "notice",
              "message", "m"));
    }

    github
        .checks()
        .createCheckRun(
            REPO,
            Map.of(
                "name",
                "lint",
                "head_sha",
                "abc123",
                "output",
                Map.of("title", "60", "summary", "Sixty", "annotations", raw)));

    List<LoggedRequest> updates = harness.github.findAll(patchRequestedFor(urlEqualTo(RUN)));
    assertThat(updates).hasSize(1);
    assertThat(startLines(JSON.readTree(updates.get(0).getBodyAsString())))
        .isEqualTo(range(51, 60));
  }

  @Test
  void theMapFormWithoutTitleCannotBeSplit() {
    List<Map<String, Object>> raw = new ArrayList<>();
    for (int line = 1; line <= 51; line++) {
      raw.add(Map.of("path", "a.txt", "start_line", line, "end_line", line));
    }

    assertThatThrownBy(
            () ->
                github
                    .checks()
                    .updateCheckRun(
                        REPO, 77, Map.of("output", Map.of("summary", "s", "annotations", raw))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A check run with 51 annotations needs output.title and output.summary: GitHub"
                + " requires them with annotations, and the annotations after the first 50 are"
                + " sent in updates that repeat them");
    assertThat(harness.github.getAllServeEvents()).isEmpty();
  }

  private static ResponseDefinitionBuilder error(int status, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"" + message + "\"}");
  }

  private static List<CheckAnnotation> annotations(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(line -> CheckAnnotation.failure("src/App.java", line, "Problem " + line))
        .toList();
  }

  private static List<Integer> startLines(JsonNode body) {
    List<Integer> lines = new ArrayList<>();
    body.get("output").get("annotations").forEach(a -> lines.add(a.get("start_line").asInt()));
    return lines;
  }

  private static List<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
