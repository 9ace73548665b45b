package dev.botwright.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.install.InstallationAccess;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sample's pages over HTTP: sign-in, installations and only the repositories GitHub lists for
 * the user, a file, its error paths, sign-out.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiTest implements TestPropertyProvider {

  private final FakeGitHubWeb github = new FakeGitHubWeb();

  @Inject EmbeddedServer server;
  @Inject InstallationAccess access;

  @Override
  public Map<String, String> getProperties() {
    return WebUiProperties.of(github);
  }

  @BeforeEach
  void reset() {
    github.defaults();
    access.forget(7);
  }

  @AfterAll
  void stop() {
    github.close();
  }

  @Test
  void aVisitorIsOfferedSignIn() {
    HttpResponse<String> home = new Browser().open(uri("/"));

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("id=\"sign-in\"").doesNotContain("id=\"installations\"");
    HttpResponse<String> file = new Browser().fetch(uri("/file?repo=octo-org/web&path=README.md"));
    assertThat(file.statusCode()).isEqualTo(303);
    assertThat(file.headers().firstValue("Location"))
        .contains("/api/github/oauth/login?return_to=/");
  }

  @Test
  void aSignedInUserSeesInstallationsRepositoriesAndAFileEscaped() {
    Browser browser = signedIn();

    HttpResponse<String> home = browser.open(uri("/"));
    assertThat(home.body())
        .contains("id=\"login\">octocat<")
        .contains("data-id=\"42\"")
        .contains(">octo-org/web</a>")
        .contains("href=\"/github/install?return_to=/\"");

    HttpResponse<String> file =
        browser.open(uri("/file?repo=octo-org/web&path=README.md&ref=main"));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body())
        .contains("# Hello &lt;web&gt;\nSee &amp; read.")
        .doesNotContain("<web>");
    assertThat(file.body()).doesNotContain(FakeGitHubWeb.USER_TOKEN);
  }

  @Test
  void aRepositoryOutsideTheUsersInstallationsIsNotRead() {
    Browser browser = signedIn();
    browser.open(uri("/"));

    HttpResponse<String> other = browser.open(uri("/file?repo=someone/else&path=README.md"));

    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).contains("not a repository of an installation you can access");
  }

  @Test
  void aPartialAccessMemberIsNeitherShownNorServedTheInstallationsOtherPrivateRepository() {
    Browser browser = signedIn();

    HttpResponse<String> home = browser.open(uri("/"));
    assertThat(home.body()).contains(">octo-org/web</a>").doesNotContain("octo-org/secret");

    HttpResponse<String> secret = browser.open(uri("/file?repo=octo-org/secret&path=README.md"));
    assertThat(secret.statusCode()).isEqualTo(404);
    assertThat(secret.body())
        .contains(
            "<p id=\"problem\">octo-org/secret is not a repository of an installation you can"
                + " access.</p>");
    assertThat(github.requests("/repos/octo-org/secret/.*")).isZero();

    // The docs' example controller answers from the same place.
    HttpResponse<String> listed = browser.fetch(uri("/my-repositories"));
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).isEqualTo("[\"octo-org/web\"]");
  }

  @Test
  void theUsersRepositoriesAreAskedOncePerCacheWindowAndAgainAfterSignOut() {
    Browser browser = signedIn();

    browser.open(uri("/"));
    browser.open(uri("/"));
    assertThat(browser.open(uri("/file?repo=octo-org/web&path=README.md")).statusCode())
        .isEqualTo(200);
    assertThat(github.requests(FakeGitHubWeb.USER_REPOSITORIES)).isEqualTo(1);

    browser.post(uri("/sign-out"));
    Browser again = signedIn();
    assertThat(again.open(uri("/")).body()).contains(">octo-org/web</a>");
    assertThat(github.requests(FakeGitHubWeb.USER_REPOSITORIES)).isEqualTo(2);
  }

  @Test
  void aRejectedTokenClearsTheSessionAndAsksToSignInAgain() {
    Browser browser = signedIn();
    browser.open(uri("/"));
    github.revokeUserToken();

    HttpResponse<String> file = browser.open(uri("/file?repo=octo-org/web&path=README.md"));

    assertThat(file.statusCode()).isEqualTo(401);
    assertThat(file.body()).contains("Sign in again");
    assertThat(browser.cookies).doesNotContainKey("botwright_session");
    assertThat(browser.open(uri("/")).body()).contains("id=\"sign-in\"");
  }

  @Test
  void signingOutEndsTheSession() {
    Browser browser = signedIn();

    HttpResponse<String> out = browser.post(uri("/sign-out"));

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(browser.cookies)
        .doesNotContainKey("botwright_session")
        .doesNotContainKey("botwright_session_refresh");
    assertThat(browser.open(uri("/")).body()).contains("id=\"sign-in\"");
    github.server.verify(
        com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                    "/applications/" + FakeGitHubWeb.CLIENT_ID + "/token"))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                    "{\"access_token\":\"" + FakeGitHubWeb.USER_TOKEN + "\"}")));
  }

  private Browser signedIn() {
    Browser browser = new Browser();
    HttpResponse<String> home = browser.open(uri("/api/github/oauth/login?return_to=/"));
    assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
    assertThat(browser.cookies).containsKey("botwright_session");
    return browser;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + server.getPort() + path);
  }
}
