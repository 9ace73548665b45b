package dev.botwright.install;

import static dev.botwright.install.InstallTestBeans.USER_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.botwright.dispatch.LogCapture;
import dev.botwright.setup.SetupHttp;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The install link and GitHub's setup callback over HTTP, with every way they are refused. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstallFlowTest implements TestPropertyProvider {

  static final String SIGNED_IN = "7:octocat:" + FakeInstallGitHub.USER_TOKEN;

  private final FakeInstallGitHub github = new FakeInstallGitHub();
  private LogCapture logs;

  @Inject EmbeddedServer server;
  @Inject InstallStates states;
  @Inject InstallationIndex index;
  @Inject InstallTestBeans.Linked linked;
  @Inject JsonMapper json;
  @Inject InstallationAccess access;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>();
    properties.put("botwright.install.enabled", "true");
    properties.put("botwright.install.app-slug", "botwright-test");
    properties.put("botwright.install.state-key", "install-state-test-key");
    properties.put(
        "botwright.install.index-file",
        "target/install-tests/" + UUID.randomUUID() + "/installations.json");
    properties.put("botwright.github.api-url", github.url());
    properties.put("botwright.github.web-url", github.url());
    properties.put("botwright.test.install", "true");
    return properties;
  }

  @BeforeEach
  void start() {
    github.reset();
    index.unlinkUser(7);
    index.delete(41);
    index.delete(42);
    linked.events.clear();
    logs = LogCapture.attach();
  }

  @AfterEach
  void noSecretsLogged() {
    logs.detach();
    for (ILoggingEvent event : logs.events()) {
      assertThat(event.getFormattedMessage())
          .doesNotContain(FakeInstallGitHub.USER_TOKEN)
          .doesNotContain(FakeInstallGitHub.INSTALLATION_TOKEN)
          .doesNotContain(InstallTestBeans.HeaderSessions.GOOD_CODE)
          .doesNotContain("bad-code-secret")
          .doesNotContain("eyJ");
    }
  }

  @AfterAll
  void stop() {
    github.close();
  }

  @Test
  void theInstallLinkCarriesASignedStateWithReturnPathUserAndMetadata() throws Exception {
    HttpResponse<String> response =
        SetupHttp.get(
            uri("/github/install?return_to=/done%3Fx%3D1&plan=pro"),
            "Accept",
            "application/json",
            USER_HEADER,
            SIGNED_IN);

    assertThat(response.statusCode()).isEqualTo(200);
    String url = json.readValue(response.body(), JsonNode.class).get("url").getStringValue();
    String prefix = github.url() + "/apps/botwright-test/installations/new?state=";
    assertThat(url).startsWith(prefix);
    InstallStates.State state = states.verify(url.substring(prefix.length()));
    assertThat(state.returnTo()).isEqualTo("/done?x=1");
    assertThat(state.userId()).isEqualTo(7L);
    assertThat(state.metadata()).isEqualTo(Map.of("plan", "pro"));
    assertThat(state.expiresAt()).isBefore(Instant.now().plusSeconds(601));
  }

  @Test
  void aBrowserIsRedirectedToTheInstallUrl() {
    HttpResponse<String> response = SetupHttp.get(uri("/github/install"), "Accept", "text/html");

    assertThat(response.statusCode()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(github.url() + "/apps/botwright-test/installations/new?state=");
    assertThat(states.verify(location.substring(location.indexOf("state=") + 6)).returnTo())
        .isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example",
        "https://evil.example/",
        "/\\evil.example",
        "/%2F%2Fevil.example",
        "/%252F%252Fevil.example",
        "/%5Cevil.example",
        "javascript:alert(1)",
        "evil.example",
        "/%09/evil.example",
        "/ok%0d%0aSet-Cookie:x=1"
      })
  void returnUrlsOfOtherSitesAreRefused(String returnTo) {
    HttpResponse<String> response =
        SetupHttp.get(
            uri("/github/install?return_to=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8)),
            "Accept",
            "text/html");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("return_to must be a path on this site");
    assertThat(response.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void installLinksTheVerifiedInstallationIndexesItsRepositoriesAndRedirects() {
    String state = states.issue("/done", 7L, Map.of("plan", "pro"));

    HttpResponse<String> response = setup("42", "install", state, SIGNED_IN);

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).contains("/done");
    assertThat(index.installationsOf(7))
        .containsExactly(new IndexedInstallation(42, "octo-org", "Organization", false));
    assertThat(index.repositories(42))
        .extracting(IndexedRepository::fullName)
        .containsExactly("octo-org/api", "octo-org/web");
    assertThat(linked.events)
        .containsExactly(new InstallationLinked(7, 42, "install", Map.of("plan", "pro")));
  }

  @Test
  void aReplayedStateIsRefused() {
    String state = states.issue("/done", 7L, Map.of());
    assertThat(setup("42", "update", state, SIGNED_IN).statusCode()).isEqualTo(302);
    index.unlinkUser(7);

    HttpResponse<String> replay = setup("42", "update", state, SIGNED_IN);

    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).contains("already used");
    assertThat(index.installationsOf(7)).isEmpty();
  }

  @Test
  void anExpiredStateIsRefused() {
    String state = states.issue("/done", 7L, Map.of(), Instant.now().minusSeconds(11 * 60));

    HttpResponse<String> response = setup("42", "install", state, SIGNED_IN);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("expired");
    assertThat(index.installationsOf(7)).isEmpty();
  }

  @Test
  void aTamperedOrForeignStateIsRefused() {
    String state = states.issue("/done", 7L, Map.of());
    String tampered = state.substring(0, state.length() - 4) + "AAAA";

    assertThat(setup("42", "install", tampered, SIGNED_IN).statusCode()).isEqualTo(400);
    assertThat(setup("42", "install", "not-a-jwt", SIGNED_IN).body())
        .contains("The state is not valid");
    assertThat(index.installationsOf(7)).isEmpty();
  }

  @Test
  void aForgedInstallationIdIsRefusedAndNothingIsLinked() {
    String state = states.issue("/done", 7L, Map.of());

    HttpResponse<String> response = setup("999", "install", state, SIGNED_IN);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("GitHub does not list installation 999");
    assertThat(index.installationsOf(7)).isEmpty();
    assertThat(index.installation(999)).isEmpty();
    assertThat(github.mints()).isZero();
    assertThat(linked.events).isEmpty();
  }

  @Test
  void aMissingSessionIsAskedToSignInAndTheStateStaysUsable() {
    String state = states.issue("/done", null, Map.of());

    HttpResponse<String> anonymous = setup("42", "install", state, null);

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Sign in");
    assertThat(index.installation(42)).isEmpty();
    assertThat(setup("42", "install", state, SIGNED_IN).statusCode()).isEqualTo(302);
  }

  @Test
  void gitHubsCodeSignsTheUserInWhenNoSessionExists() {
    String state = states.issue("/done", null, Map.of());

    String browser = InstallStates.COOKIE + "=" + states.verify(state).nonce();
    HttpResponse<String> refused =
        setup("42", "install", state, null, "bad-code-secret", "Cookie", browser);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("refused the sign-in code");
    assertThat(index.installationsOf(7)).isEmpty();

    HttpResponse<String> response =
        setup(
            "42",
            "install",
            state,
            null,
            InstallTestBeans.HeaderSessions.GOOD_CODE,
            "Cookie",
            browser);
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(index.installationsOf(7)).extracting(IndexedInstallation::id).containsExactly(42L);
  }

  @Test
  void gitHubsCodeSignsNoOneInOutsideTheBrowserThatOpenedTheInstallLink() {
    HttpResponse<String> link =
        SetupHttp.get(uri("/github/install?return_to=/done"), "Accept", "application/json");
    String state = link.body().replaceAll(".*state=([^\"]+)\".*", "$1");
    assertThat(link.headers().allValues("Set-Cookie"))
        .singleElement()
        .satisfies(
            cookie ->
                assertThat(cookie)
                    .startsWith(InstallStates.COOKIE + "=" + states.verify(state).nonce())
                    .containsIgnoringCase("HttpOnly")
                    .contains("SameSite=Lax"));

    // A stranger's link, opened in another browser: no cookie, so the code signs no one in.
    HttpResponse<String> elsewhere =
        setup("42", "install", state, null, InstallTestBeans.HeaderSessions.GOOD_CODE);
    assertThat(elsewhere.statusCode()).isEqualTo(401);
    assertThat(elsewhere.body()).contains("Sign in first");
    assertThat(index.installationsOf(7)).isEmpty();

    // Another link's nonce does not do either.
    HttpResponse<String> otherNonce =
        setup(
            "42",
            "install",
            state,
            null,
            InstallTestBeans.HeaderSessions.GOOD_CODE,
            "Cookie",
            InstallStates.COOKIE + "=" + states.verify(states.issue("/", null, Map.of())).nonce());
    assertThat(otherNonce.statusCode()).isEqualTo(401);
    assertThat(index.installationsOf(7)).isEmpty();
  }

  @Test
  void aStateMadeForAnotherUserIsRefused() {
    String state = states.issue("/done", 8L, Map.of());

    HttpResponse<String> response = setup("42", "install", state, SIGNED_IN);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(index.installationsOf(7)).isEmpty();
  }

  @Test
  void aRejectedUserTokenAsksToSignInAgain() {
    String state = states.issue("/done", null, Map.of());

    HttpResponse<String> response = setup("42", "install", state, "7:octocat:gho_revoked");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("sign in again");
    assertThat(index.installationsOf(7)).isEmpty();
  }

  @Test
  void gitHubFailingAnswers502() {
    github.failUserInstallations();
    String state = states.issue("/done", 7L, Map.of());

    HttpResponse<String> response = setup("42", "install", state, SIGNED_IN);

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(index.installationsOf(7)).isEmpty();
  }

  @Test
  void accessIsVerifiedWithTheUsersTokenAndReplacesTheirLinks() {
    index.save(new IndexedInstallation(5, "gone", "User", false));
    index.link(7, 5);
    var session =
        new InstallTestBeans.Session(
            7, "octocat", new TokenClient(github.url(), FakeInstallGitHub.USER_TOKEN, json));

    List<IndexedInstallation> mine = access.verify(session);

    assertThat(mine).extracting(IndexedInstallation::id).containsExactly(41L, 42L);
    assertThat(access.repository(session, "octo-org/web")).isPresent();
    assertThat(access.repository(session, "octo-org/api")).isEmpty(); // the installation's only
    assertThat(access.repository(session, "octo-org/elsewhere")).isEmpty();
    var unlinked =
        new InstallTestBeans.Session(
            8, "hubot", new TokenClient(github.url(), FakeInstallGitHub.USER_TOKEN, json));
    assertThat(access.repository(unlinked, "octo-org/web")).isEmpty();
    index.delete(5);
  }

  @Test
  void aRequestShowsThePendingApprovalPage() {
    HttpResponse<String> response = setup(null, "request", null, SIGNED_IN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("id=\"pending\"").contains("organization owner");
    assertThat(index.installationsOf(7)).isEmpty();
  }

  @Test
  void anApprovalWithoutStateShowsAConfirmationAndLinksOnlyAVerifiedUser() {
    HttpResponse<String> anonymous = setup("42", "install", null, null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.headers().firstValue("Location")).isEmpty();
    assertThat(anonymous.body()).contains("id=\"approved\"");
    assertThat(index.installation(42)).isEmpty();

    HttpResponse<String> forged = setup("999", "install", null, SIGNED_IN);
    assertThat(forged.statusCode()).isEqualTo(200);
    assertThat(forged.body()).contains("was not linked");
    assertThat(index.installationsOf(7)).isEmpty();

    HttpResponse<String> verified = setup("42", "install", null, SIGNED_IN);
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(verified.headers().firstValue("Location")).isEmpty();
    assertThat(index.installationsOf(7)).extracting(IndexedInstallation::id).containsExactly(42L);
  }

  @Test
  void nonsenseParametersAreRefused() {
    assertThat(setup("42", "delete", null, SIGNED_IN).statusCode()).isEqualTo(400);
    assertThat(setup("-1", "install", null, SIGNED_IN).statusCode()).isEqualTo(400);
    assertThat(setup("x", "install", null, SIGNED_IN).statusCode()).isEqualTo(400);
  }

  private HttpResponse<String> setup(String id, String action, String state, String user) {
    return setup(id, action, state, user, null);
  }

  private HttpResponse<String> setup(
      String id, String action, String state, String user, String code, String... extraHeaders) {
    StringBuilder query = new StringBuilder("/github/setup?setup_action=" + action);
    if (id != null) {
      query.append("&installation_id=").append(id);
    }
    if (state != null) {
      query.append("&state=").append(state);
    }
    if (code != null) {
      query.append("&code=").append(code);
    }
    List<String> headers = new java.util.ArrayList<>(List.of("Accept", "text/html"));
    if (user != null) {
      headers.addAll(List.of(USER_HEADER, user));
    }
    headers.addAll(List.of(extraHeaders));
    return SetupHttp.get(uri(query.toString()), headers.toArray(String[]::new));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getPort() + path);
  }
}
