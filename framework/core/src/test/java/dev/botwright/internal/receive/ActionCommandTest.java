package dev.botwright.internal.receive;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.botwright.internal.receive.Printed.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionCommandTest {

  /** A workflow's event: no installation, as GitHub Actions writes it. */
  private static final String ISSUE_OPENED =
      """
      {"action": "opened", "issue": {"number": 7}, "sender": {"login": "mona"},
       "repository": {"name": "hello", "full_name": "octo/hello", "owner": {"login": "octo"}}}
      """;

  private final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
  private final Printed printed = new Printed();

  @TempDir Path dir;

  @BeforeEach
  void start() {
    github.start();
  }

  @AfterEach
  void stop() {
    github.stop();
  }

  @Test
  void runsTheHandlersWithTheWorkflowToken() throws IOException {
    github.stubFor(
        get(urlPathEqualTo("/repos/octo/hello/contents/.github/greeting.json"))
            .willReturn(json(200, "{\"greeting\":\"Hey\"}")));
    github.stubFor(
        post(urlPathEqualTo("/repos/octo/hello/issues/7/comments"))
            .willReturn(
                json(201, Files.readString(Path.of("src/test/resources/receive/comment.json")))));
    Path event = Files.writeString(dir.resolve("event.json"), ISSUE_OPENED);

    int status = action(workflow("issues", event));

    assertThat(status).as(err()).isZero();
    github.verify(
        1,
        getRequestedFor(urlPathEqualTo("/repos/octo/hello/contents/.github/greeting.json"))
            .withHeader("Authorization", equalTo("token ghs_workflow")));
    github.verify(
        1,
        postRequestedFor(urlPathEqualTo("/repos/octo/hello/issues/7/comments"))
            .withHeader("Authorization", equalTo("token ghs_workflow"))
            .withRequestBody(equalToJson("{\"body\":\"Hey @mona\"}")));
    // No app JWT, no installation token.
    github.verify(0, anyRequestedFor(urlPathMatching("/app.*")));
    assertThat(out()).isEmpty();
  }

  @Test
  void aFailingHandlerExitsOne() {
    int status =
        action(
            workflow(
                "issue_comment",
                Path.of("src/test/resources/fixtures/issue_comment.created.json")));

    assertThat(status).isEqualTo(1);
    assertThat(err())
        .endsWith(
            "issue_comment.created: 1 handler failed:\n"
                + "  ReceiveTestHandlers#refuse: java.lang.IllegalStateException: cannot parse the"
                + " command in the comment\n");
  }

  @Test
  void outsideAWorkflowItSaysWhatIsMissing() {
    int status = action(Map.of("GITHUB_EVENT_NAME", "issues"));

    assertThat(status).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "GITHUB_EVENT_PATH, GITHUB_TOKEN are not set: run this command in a GitHub Actions"
                + " step, and give the step the token with `env: GITHUB_TOKEN: ${{"
                + " secrets.GITHUB_TOKEN }}`.\n");
  }

  @Test
  void aMissingEventFileIsAMistake() {
    int status = action(workflow("issues", dir.resolve("gone.json")));

    assertThat(status).isEqualTo(2);
    assertThat(err())
        .startsWith("The payload file " + dir.resolve("gone.json") + " does not exist");
  }

  private Map<String, String> workflow(String event, Path payload) {
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_EVENT_NAME", event);
    env.put("GITHUB_EVENT_PATH", payload.toString());
    env.put("GITHUB_TOKEN", "ghs_workflow");
    env.put("GITHUB_API_URL", github.baseUrl());
    return env;
  }

  private int action(Map<String, String> env) {
    return ActionCommand.run(
        new String[] {"action"},
        env,
        Map.of("spec.name", "ReceiveCommandTest"),
        printed.outStream(),
        printed.errStream());
  }

  private String out() {
    return printed.out();
  }

  private String err() {
    return printed.err();
  }
}
