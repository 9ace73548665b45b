package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake refuses routes GitHub does not have, in tests' routes and in the bot's calls. */
class FakeGitHubRoutesTest {

  private static final String TYPO = "POST /repos/{owner}/{repo}/issue/{number}/comments";
  private static final String REFUSAL =
      "GitHub has no route POST /repos/{owner}/{repo}/issue/{number}/comments. Did you mean"
          + " POST /repos/{owner}/{repo}/issues/{issue_number}/comments?";

  private final FakeGitHub github = TestApp.get().github;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  @AfterEach
  void reset() {
    github.reset();
  }

  @Test
  void stubRefusesARouteGitHubLacks() {
    assertThatThrownBy(() -> github.stub(TYPO, 201, "{}"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(REFUSAL);
  }

  @Test
  void assertionsRefuseARouteGitHubLacks() {
    assertThatThrownBy(() -> github.assertCalled(TYPO)).hasMessage(REFUSAL);
    assertThatThrownBy(() -> github.assertNotCalled(TYPO)).hasMessage(REFUSAL);
  }

  @Test
  void stubsTheRealRouteUnderAnyPlaceholderNames() throws Exception {
    github.stub("GET /repos/{o}/{r}/contents/{+path}", 200, "{\"type\":\"file\"}");

    assertThat(send("GET", "/repos/octo/hello/contents/README.md").body())
        .isEqualTo("{\"type\":\"file\"}");
    github.assertCalled("GET /repos/{owner}/{repo}/contents/{path}").times(1);
  }

  @Test
  void listsCallsToRoutesGitHubLacks() throws Exception {
    send("POST", "/app/installations/42/access_tokens");
    send("POST", "/repos/octo/hello/issues/1/comments");
    send("POST", "/repos/octo/hello/issue/1/comments");
    send("GET", "/repos/octo/hello/contents/docs/a.md?ref=main");

    assertThat(github.unknownRouteCalls())
        .extracting(Call::path)
        .containsExactly("/repos/octo/hello/issue/1/comments");
  }

  @Test
  void extensionFailsWithEachUnknownCallAndItsNearestRoute() throws Exception {
    send("POST", "/repos/octo/hello/issues/1/comments");
    send("POST", "/repos/octo/hello/issue/1/comments");
    send("DELETE", "/repos/octo/hello/issue/1/comments");

    assertThatThrownBy(() -> BotTestExtension.requireKnownRoutes(github))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "The bot called routes GitHub does not have:\n"
                + "  POST /repos/octo/hello/issue/1/comments (closest: POST"
                + " /repos/{owner}/{repo}/issues/{issue_number}/comments)\n"
                + "  DELETE /repos/octo/hello/issue/1/comments (closest: POST"
                + " /repos/{owner}/{repo}/issues/{issue_number}/comments)\n"
                + "All calls received:\n"
                + "  POST /repos/octo/hello/issues/1/comments {}\n"
                + "  POST /repos/octo/hello/issue/1/comments {}\n"
                + "  DELETE /repos/octo/hello/issue/1/comments {}");
  }

  @Test
  void extensionPassesWhenEveryCallIsARealRoute() throws Exception {
    send("POST", "/repos/octo/hello/issues/1/comments");

    BotTestExtension.requireKnownRoutes(github);

    assertThat(github.unknownRouteCalls()).isEmpty();
  }

  private HttpResponse<String> send(String method, String path)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(github.baseUrl() + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
