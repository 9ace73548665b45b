package dev.botwright.internal.receive;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.botwright.internal.receive.Printed.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiveCommandTest {

  private static final String OPENED = "src/test/resources/fixtures/issues.opened.json";
  private static final String COMMENTED = "src/test/resources/fixtures/issue_comment.created.json";
  private static final String CONTENTS = "GET /repos/{owner}/{repo}/contents/{+path}";
  private static final String COMMENT_LINE =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
          + " /repos/Codertocat/Hello-World/issues/1/comments";

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
  void dryRunPrintsEachWriteAndSendsNothingNotEvenATokenMint() {
    int status =
        receive(credentials(), "receive", "--event", "issues", "--payload", OPENED, "--dry-run");

    assertThat(status).isZero();
    assertThat(out()).isEqualTo(COMMENT_LINE + " {\"body\":\"Hello @Codertocat\"}\n");
    assertThat(err()).startsWith("Dry run: nothing is sent to GitHub");
    assertThat(github.getAllServeEvents()).isEmpty();
  }

  @Test
  void withoutCredentialsItIsADryRun() {
    int status = receive(bare(), "receive", "-e", "issues.opened", "-p", OPENED);

    assertThat(status).isZero();
    assertThat(out()).isEqualTo(COMMENT_LINE + " {\"body\":\"Hello @Codertocat\"}\n");
    assertThat(err())
        .startsWith("No app credentials (APP_ID and PRIVATE_KEY or PRIVATE_KEY_PATH): dry run");
  }

  @Test
  void aStubAnswersTheReadOfItsRoute() {
    int status =
        receive(
            bare(),
            "receive",
            "--event=issues",
            "--payload=" + OPENED,
            "--stub",
            CONTENTS + "=src/test/resources/receive/greeting.json");

    assertThat(status).isZero();
    assertThat(out()).isEqualTo(COMMENT_LINE + " {\"body\":\"Welcome @Codertocat\"}\n");
  }

  @Test
  void unstubbedReadsAnswerEmpty() {
    int status =
        receive(
            bare(),
            "receive",
            "-e",
            "pull_request",
            "-p",
            "src/test/resources/fixtures/pull_request.opened.json");

    assertThat(status).as(err()).isZero();
    assertThat(out())
        .isEqualTo(
            "POST /repos/{owner}/{repo}/issues/{issue_number}/labels"
                + " /repos/Codertocat/Hello-World/issues/2/labels"
                + " {\"labels\":[\"repo fields 0\",\"issue title\",\"comments 0\"]}\n");
  }

  @Test
  void aFailingHandlerExitsOneWithEachFailure() {
    int status = receive(bare(), "receive", "--event", "issue_comment", "--payload", COMMENTED);

    assertThat(status).isEqualTo(1);
    assertThat(err())
        .endsWith(
            "issue_comment.created: 1 handler failed:\n"
                + "  ReceiveTestHandlers#refuse: java.lang.IllegalStateException: cannot parse the"
                + " command in the comment\n");
  }

  @Test
  void withCredentialsTheHandlersTalkToGitHub() throws IOException {
    github.stubFor(
        post(urlPathEqualTo("/app/installations/2311213/access_tokens"))
            .willReturn(
                json(201, "{\"token\":\"ghs_receive\",\"expires_at\":\"2099-01-01T00:00:00Z\"}")));
    github.stubFor(
        get(urlPathEqualTo("/repos/Codertocat/Hello-World/contents/.github/greeting.json"))
            .willReturn(json(200, "{\"greeting\":\"Hi\"}")));
    github.stubFor(
        post(urlPathEqualTo("/repos/Codertocat/Hello-World/issues/1/comments"))
            .willReturn(
                json(201, Files.readString(Path.of("src/test/resources/receive/comment.json")))));

    int status = receive(credentials(), "receive", "--event", "issues", "--payload", OPENED);

    assertThat(status).as(err()).isZero();
    assertThat(out()).isEmpty();
    github.verify(
        1,
        postRequestedFor(urlPathEqualTo("/app/installations/2311213/access_tokens"))
            .withHeader("Authorization", matching("Bearer ey[^.]+\\.[^.]+\\.[^.]+")));
    github.verify(
        1,
        postRequestedFor(urlPathEqualTo("/repos/Codertocat/Hello-World/issues/1/comments"))
            .withHeader("Authorization", equalTo("token ghs_receive"))
            .withRequestBody(equalToJson("{\"body\":\"Hi @Codertocat\"}")));
  }

  @Test
  void theJournalStaysOffEvenWhenTheBotTurnsItOn() {
    Map<String, Object> properties = bare();
    properties.put("botwright.journal.enabled", "true");
    properties.put("botwright.journal.dir", dir.resolve("journal").toString());

    int status = receive(properties, "receive", "-e", "issues", "-p", OPENED);

    assertThat(status).isZero();
    assertThat(dir.resolve("journal")).doesNotExist();
  }

  @Test
  void anEventNoHandlerListensToRunsNothing() {
    int status =
        receive(bare(), "receive", "-e", "ping", "-p", "src/test/resources/fixtures/ping.json");

    assertThat(status).isZero();
    assertThat(err()).endsWith("No handler listens to ping: nothing ran.\n");
  }

  @Test
  void aMissingPayloadFileIsAUsageMistake() {
    int status = receive(bare(), "receive", "-e", "issues", "-p", "no/such.json");

    assertThat(status).isEqualTo(2);
    assertThat(firstErrorLine())
        .isEqualTo(
            "The payload file no/such.json does not exist (working directory "
                + Path.of("").toAbsolutePath()
                + ").");
  }

  @Test
  void aPayloadThatIsNotJsonIsAUsageMistake() throws IOException {
    Path payload = Files.writeString(dir.resolve("broken.json"), "{\"action\": ");

    int status = receive(bare(), "receive", "-e", "issues", "-p", payload.toString());

    assertThat(status).isEqualTo(2);
    assertThat(firstErrorLine())
        .startsWith("The payload file " + payload + " is not a webhook payload: ")
        .endsWith(
            ". Save a delivery's payload from the app's advanced settings, or take one from"
                + " GitHub's webhook documentation.");
  }

  @Test
  void anUnknownEventIsAUsageMistake() {
    int status = receive(bare(), "receive", "-e", "issue", "-p", OPENED);

    assertThat(status).isEqualTo(2);
    assertThat(firstErrorLine())
        .isEqualTo(
            "Unknown event 'issue': give a GitHub webhook event such as issues, issue_comment or"
                + " pull_request (the X-GitHub-Event header), optionally with its action, e.g."
                + " issues.opened.");
  }

  @Test
  void anActionThatDisagreesWithThePayloadIsAUsageMistake() {
    int status = receive(bare(), "receive", "-e", "issues.closed", "-p", OPENED);

    assertThat(status).isEqualTo(2);
    assertThat(firstErrorLine())
        .isEqualTo(
            "--event issues.closed does not match the payload, whose action is 'opened': give"
                + " --event issues to take the action from the payload.");
  }

  @Test
  void badArgumentsAreUsageMistakes() {
    assertThat(receive(bare(), "receive", "-e", "issues")).isEqualTo(2);
    assertThat(receive(bare(), "receive", "-e", "issues", "-p", OPENED, "--stub", "GET /x"))
        .isEqualTo(2);
    assertThat(receive(bare(), "receive", "-e", "issues", "-p", OPENED, "--stub", "/x=" + OPENED))
        .isEqualTo(2);
    assertThat(receive(bare(), "receive", "--verbose")).isEqualTo(2);

    assertThat(err().lines().filter(line -> !line.startsWith(" ") && !line.startsWith("Usage")))
        .containsExactly(
            "Give the event and the payload file, e.g. --event issues --payload"
                + " fixtures/issues.opened.json.",
            "Exit status: 0 every handler succeeded, 1 a handler failed, 2 a usage mistake.",
            "--stub 'GET /x' is not ROUTE=FILE: write e.g. --stub \"GET"
                + " /repos/{owner}/{repo}/contents/{+path}=fixtures/config.json\".",
            "Exit status: 0 every handler succeeded, 1 a handler failed, 2 a usage mistake.",
            "Expected a route like 'GET /repos/{owner}/{repo}' but got '/x'",
            "Exit status: 0 every handler succeeded, 1 a handler failed, 2 a usage mistake.",
            "Unknown argument '--verbose'.",
            "Exit status: 0 every handler succeeded, 1 a handler failed, 2 a usage mistake.");
  }

  @Test
  void helpPrintsTheUsage() {
    assertThat(receive(bare(), "receive", "--help")).isZero();
    assertThat(out()).isEqualTo(ReceiveCommand.USAGE + "\n");
  }

  private Map<String, Object> bare() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("spec.name", "ReceiveCommandTest");
    properties.put("botwright.github.api-url", github.baseUrl());
    return properties;
  }

  private Map<String, Object> credentials() {
    Map<String, Object> properties = bare();
    properties.put("botwright.app.id", "12345");
    properties.put("botwright.app.private-key-path", "src/test/resources/test-keys/app-key.pem");
    properties.put("botwright.client.retry-delay", "10ms");
    return properties;
  }

  private int receive(Map<String, Object> properties, String... args) {
    return ReceiveCommand.run(args, properties, printed.outStream(), printed.errStream());
  }

  private String out() {
    return printed.out();
  }

  private String err() {
    return printed.err();
  }

  private String firstErrorLine() {
    List<String> lines = err().lines().toList();
    return lines.isEmpty() ? "" : lines.get(0);
  }
}
