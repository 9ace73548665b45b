package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.botwright.event.Issue;
import dev.botwright.event.IssueComment;
import dev.botwright.event.Label;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubClients;
import dev.botwright.github.GitHubResponse;
import dev.botwright.github.IssueRef;
import dev.botwright.github.RepoRef;
import dev.botwright.internal.dispatch.LogCapture;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DryRunModeTest {

  private static final String SECRET = "ghp_" + "abcdefghijklmnopqrstuvwxyz0123456789";

  private final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
  private final Logger hookLog = (Logger) LoggerFactory.getLogger(DryRunHook.class);
  private final Level level = hookLog.getLevel();
  private final LogCapture capture = LogCapture.attach();
  private ApplicationContext context;

  @AfterEach
  void stop() {
    capture.detach();
    hookLog.setLevel(level);
    if (context != null) {
      context.close();
    }
    github.stop();
  }

  private GitHubClient start(boolean dryRun) {
    hookLog.setLevel(Level.INFO);
    github.start();
    github.stubFor(
        post("/app/installations/5/access_tokens")
            .willReturn(
                jsonResponse("{\"token\":\"t-5\",\"expires_at\":\"2099-01-01T00:00:00Z\"}", 201)));
    github.stubFor(get("/repos/o/r").willReturn(okJson("{\"id\":1}")));
    github.stubFor(
        post("/repos/o/r/issues/1/comments").willReturn(jsonResponse("{\"id\":2}", 201)));
    Map<String, Object> properties = new HashMap<>();
    properties.put("botwright.github.api-url", "http://127.0.0.1:" + github.port() + "/");
    properties.put("botwright.app.id", "1");
    properties.put("botwright.app.private-key-path", "src/test/resources/test-keys/app-key.pem");
    properties.put("botwright.webhook.secrets", "s");
    properties.put("botwright.dry-run", String.valueOf(dryRun));
    context = ApplicationContext.run(properties);
    return context.getBean(GitHubClients.class).installation(5);
  }

  private GitHubResponse comment(GitHubClient client) {
    return client.request(
        "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
        Map.of("owner", "o", "repo", "r", "issue_number", 1, "body", "Hi " + SECRET));
  }

  @Test
  void readsAndTheTokenMintReachGitHubAndWritesAreLoggedNotSent() {
    GitHubClient client = start(true);

    GitHubResponse read =
        client.request("GET /repos/{owner}/{repo}", Map.of("owner", "o", "repo", "r"));
    GitHubResponse write = comment(client);

    assertThat(read.body().get("id").getIntValue()).isEqualTo(1);
    assertThat(write.status()).isEqualTo(200);
    github.verify(postRequestedFor(urlEqualTo("/app/installations/5/access_tokens")));
    github.verify(getRequestedFor(urlEqualTo("/repos/o/r")));
    github.verify(0, postRequestedFor(urlEqualTo("/repos/o/r/issues/1/comments")));
    List<String> lines = capture.events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines)
        .anyMatch(line -> line.startsWith("Dry run is on (botwright.dry-run=true)"))
        .contains(
            "dry run: not sent: POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
                + " /repos/o/r/issues/1/comments {\"body\":\"Hi ghp_[redacted]\"}")
        .noneMatch(line -> line.contains(SECRET));
    assertThat(
            capture.events().stream()
                .filter(event -> event.getFormattedMessage().startsWith("Dry run is on"))
                .map(ILoggingEvent::getLevel))
        .containsExactly(Level.WARN);
  }

  @Test
  void aTypedWriteAnswersARecordWithTheFieldsItSentAndPlaceholdersForTheRest() {
    GitHubClient client = start(true);
    IssueRef issue = new IssueRef(new RepoRef("o", "r"), 1);

    IssueComment comment = client.issues().createComment(issue, "Hi");
    Issue created = client.issues().create(new RepoRef("o", "r"), "A title", null);
    List<Label> labels = client.issues().addLabels(issue, "bug");

    assertThat(comment.body()).isEqualTo("Hi");
    assertThat(comment.id()).isEqualTo(1);
    assertThat(comment.user()).isNull();
    assertThat(created.title()).isEqualTo("A title");
    assertThat(created.labels()).isEmpty();
    assertThat(labels).isEmpty();
    github.verify(0, postRequestedFor(urlEqualTo("/repos/o/r/issues/1/comments")));
    github.verify(1, postRequestedFor(anyUrl()));
  }

  @Test
  void aTypedWriteOfATypeNoAnswerCanBeMadeUpForSaysWhatToDo() {
    GitHubClient client = start(true);

    assertThatThrownBy(
            () ->
                client.request(
                    "POST /repos/{owner}/{repo}/releases",
                    Map.of("owner", "o", "repo", "r", "tag_name", "v1"),
                    Needs.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Dry run: POST /repos/{owner}/{repo}/releases was not sent")
        .hasMessageContaining("GitHubResponse");
  }

  /** Neither a model record nor a type the application's serde can read. */
  record Needs(long id) {}

  @Test
  void withoutDryRunWritesAreSent() {
    GitHubClient client = start(false);

    assertThat(comment(client).status()).isEqualTo(201);

    github.verify(postRequestedFor(urlEqualTo("/repos/o/r/issues/1/comments")));
    assertThat(context.containsBean(DryRunHook.class)).isFalse();
    github.verify(2, postRequestedFor(anyUrl()));
  }

  @Test
  void aGraphqlQueryIsAReadAndAMutationAWrite() {
    github.stubFor(post("/graphql").willReturn(okJson("{\"data\":{\"viewer\":{\"id\":1}}}")));
    GitHubClient client = start(true);

    client.graphql("query { viewer { id } }", Map.of());
    client.graphql("mutation { addStar(input: {}) { clientMutationId } }", Map.of());

    github.verify(1, postRequestedFor(urlEqualTo("/graphql")));
  }
}
