package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A fake started with {@link FakeGitHub#start()} serves a bot in another process: it is its own
 * server, tells which installation's token authorised each call, and stops when closed.
 */
class StandaloneFakeGitHubTest {

  private static final String COMMENTS = TestHandlers.COMMENTS;
  private final HttpClient http = HttpClient.newHttpClient();
  private final FakeGitHub github = FakeGitHub.start();

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void isANewServerOnLoopbackBesideTheSharedOne() {
    assertThat(github.baseUrl()).startsWith("http://127.0.0.1:");
    assertThat(github.baseUrl()).isNotEqualTo(TestApp.get().github.baseUrl());
    assertThat(github).isNotSameAs(TestApp.get().github);
  }

  @Test
  void tellsWhichInstallationsTokenMadeEachCall() throws Exception {
    String token7 = mint(7);
    String token8 = mint(8);
    assertThat(token7).isEqualTo(FakeGitHub.TOKEN_PREFIX + "7");

    comment("token " + token7, "seven");
    comment("token " + token8, "eight");
    comment("Bearer " + token8, "eight again");
    comment("Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0NSJ9.c2ln", "app");

    assertThat(github.apiCalls())
        .extracting(Call::installationId)
        .containsExactly(
            OptionalLong.of(7), OptionalLong.of(8), OptionalLong.of(8), OptionalLong.empty());
    assertThat(github.apiCalls().get(0).headers()).containsEntry("authorization", "token ***");
    github.assertCalled(COMMENTS).asInstallation(7).times(1).withBodyContaining("seven");
    github.assertCalled(COMMENTS).asInstallation(8).times(2).withBodyContaining("again");
    assertThat(github.tokenMints()).isEqualTo(2);
    assertThat(github.tokenMints(7)).isEqualTo(1);
    assertThat(github.tokenMints(70)).isZero();
  }

  @Test
  void asInstallationListsEachCallWithItsInstallation() throws Exception {
    comment("token " + mint(7), "seven");
    comment("Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0NSJ9.c2ln", "app");

    assertThatThrownBy(() -> github.assertCalled(COMMENTS).asInstallation(9))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected a call to "
                + COMMENTS
                + " as installation 9 but none matched. Calls to it:\n"
                + "  POST /repos/octo/hello/issues/1/comments {\"body\":\"seven\"}\n"
                + "    -> made as installation 7\n"
                + "  POST /repos/octo/hello/issues/1/comments {\"body\":\"app\"}\n"
                + "    -> made without an installation token");
    assertThatThrownBy(() -> github.assertCalled(COMMENTS).asInstallation(7).times(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected 2 call(s) to " + COMMENTS + " as installation 7 but there were 1.");
  }

  @Test
  void closeStopsItAndASecondCloseDoesNothing() throws Exception {
    mint(1);

    github.close();
    github.close();

    assertThatThrownBy(() -> mint(1)).isInstanceOf(IOException.class);
  }

  @Test
  void theSharedFakeRefusesToCloseAndKeepsServing() throws Exception {
    FakeGitHub shared = TestApp.get().github;

    assertThatThrownBy(shared::close)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "This FakeGitHub is shared by every @BotTest class in the JVM and stops when the JVM"
                + " exits; close only fakes you started with FakeGitHub.start()");
    assertThat(
            http.send(
                    HttpRequest.newBuilder(URI.create(shared.baseUrl() + "/app")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
  }

  private String mint(long installation) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        github.baseUrl() + "/app/installations/" + installation + "/access_tokens"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(201);
    String body = response.body();
    int start = body.indexOf(FakeGitHub.TOKEN_PREFIX);
    return body.substring(start, body.indexOf('"', start));
  }

  private void comment(String authorization, String text) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(github.baseUrl() + "/repos/octo/hello/issues/1/comments"))
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"" + text + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(201);
  }
}
