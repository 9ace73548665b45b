package dev.botwright.internal.install;

import static dev.botwright.internal.install.InstallTestBeans.USER_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.botwright.install.IndexedInstallation;
import dev.botwright.install.IndexedRepository;
import dev.botwright.install.InstallationAccess;
import dev.botwright.install.InstallationIndex;
import dev.botwright.install.InstallationLinked;
import dev.botwright.internal.dispatch.LogCapture;
import dev.botwright.internal.setup.SetupHttp;
import dev.botwright.spi.OneTimeStates;
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
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  static final int MAX_REMEMBERED = 50;
  static final String SIGNED_IN = "7:octocat:" + FakeInstallGitHub.USER_TOKEN;
  static final String OTHER_BROWSER =
      "This install link was opened in another browser, or its cookie is gone: start again from"
          + " the install link in this browser.";

  private final FakeInstallGitHub github = new FakeInstallGitHub();
  private LogCapture logs;

  @Inject EmbeddedServer server;
  @Inject InstallStates states;
  @Inject InstallationIndex index;
  @Inject InstallTestBeans.Linked linked;
  @Inject JsonMapper json;
  @Inject InstallationAccess access;
  @Inject InstallTestBeans.HeaderSessions sessions;
  @Inject OneTimeStates used;
  @Inject InstallationRequests requests;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = properties(github);
    properties.put("botwright.states.max-remembered", String.valueOf(MAX_REMEMBERED));
    return properties;
  }

  /** A bot with the install flow on against {@code github}, with the test's header sessions. */
  static Map<String, String> properties(FakeInstallGitHub github) {
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
    sessions.signIns = 0;
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
    String state = states.issue("/done", 7L, Map.of(), Instant.now().minusSeconds(11 * 60), null);

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

    HttpResponse<String> anonymous =
        setup("42", "install", state + "&resumed=1", null, null, ownCookie(state));

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Sign in");
    assertThat(index.installation(42)).isEmpty();
    assertThat(setup("42", "install", state, SIGNED_IN).statusCode()).isEqualTo(302);
  }

  @Test
  void aSessionWhoseAccessCookieExpiredOnGitHubIsResumedBySameSiteNavigation() {
    // Back from GitHub without the access cookie: the Strict refresh cookie stayed behind on the
    // cross-site redirect, so a same-origin page repeats the request once as a same-site one.
    String state = states.issue("/done", null, Map.of());

    HttpResponse<String> back = setup("42", "install", state, null);

    assertThat(back.statusCode()).isEqualTo(200);
    String target =
        "/github/setup?setup_action=install&amp;installation_id=42&amp;state="
            + state
            + "&amp;resumed=1";
    assertThat(back.body())
        .contains("<meta http-equiv=\"refresh\" content=\"0;url=" + target + "\">")
        .contains("<a id=\"continue\" href=\"" + target + "\">");
    assertThat(index.installation(42)).isEmpty();
    // The repeat carries the session (a same-site navigation sends the Strict cookie) and links.
    assertThat(
            setup("42", "install", state + "&resumed=1", SIGNED_IN, null, ownCookie(state))
                .statusCode())
        .isEqualTo(302);
    assertThat(index.installationsOf(7))
        .containsExactly(new IndexedInstallation(42, "octo-org", "Organization", false));
    // Another browser's state is refused before any repeat: no Strict cookie is ever pulled in.
    String strangers = states.issue("/done", null, Map.of());
    HttpResponse<String> stranger =
        setup("42", "install", strangers, null, null, "Cookie", InstallCookie.NAME + "=other");
    assertThat(stranger.statusCode()).isEqualTo(403);
  }

  @Test
  void gitHubsCodeSignsTheUserInWhenNoSessionExists() {
    String spent = states.issue("/done", null, Map.of());
    HttpResponse<String> refused =
        setup("42", "install", spent, null, "bad-code-secret", ownCookie(spent));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("refused the sign-in code");
    assertThat(index.installationsOf(7)).isEmpty();

    // The state was used up before its code went to GitHub: a new link is needed.
    String state = states.issue("/done", null, Map.of());
    String browser = ownCookie(state)[1];
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
                    .startsWith(InstallCookie.NAME + "=" + states.verify(state).nonce())
                    .containsIgnoringCase("HttpOnly")
                    .contains("SameSite=Lax")
                    .contains("Path=/")
                    .doesNotContain("Secure"));

    // A stranger's link, opened in another browser: no cookie, so the code signs no one in.
    HttpResponse<String> elsewhere =
        setup("42", "install", state, null, InstallTestBeans.HeaderSessions.GOOD_CODE);
    assertThat(elsewhere.statusCode()).isEqualTo(403);
    assertThat(elsewhere.body()).contains(OTHER_BROWSER);
    assertThat(index.installationsOf(7)).isEmpty();
    assertThat(sessions.signIns).isZero();

    // Another link's nonce does not do either.
    HttpResponse<String> otherNonce =
        setup(
            "42",
            "install",
            state,
            null,
            InstallTestBeans.HeaderSessions.GOOD_CODE,
            ownCookie(states.issue("/", null, Map.of())));
    assertThat(otherNonce.statusCode()).isEqualTo(403);
    assertThat(index.installationsOf(7)).isEmpty();
    assertThat(sessions.signIns).isZero();
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
  void aStrangersInstallStateOpenedByASignedInVictimLinksNothing() throws Exception {
    // A stranger without a session cannot put metadata into a state at all.
    HttpResponse<String> anonymous =
        SetupHttp.get(uri("/github/install?tenant=evil"), "Accept", "application/json");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(json.readValue(anonymous.body(), JsonNode.class).get("error").getStringValue())
        .isEqualTo(
            "This install link carries metadata, which is kept only for a signed-in user: sign in"
                + " with GitHub, then open the install link again.");
    assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();

    // A signed-in stranger gets a state bound to them, with their metadata and their own cookie.
    String strangers = stateFrom(installLink("/github/install?tenant=evil", "8:mallory:gho_x"));
    assertThat(states.verify(strangers).metadata()).containsEntry("tenant", "evil");
    String anonymousState = stateFrom(installLink("/github/install", null));

    // The victim's browser opens the callback with either state: it holds neither nonce.
    for (String state : List.of(strangers, anonymousState)) {
      HttpResponse<String> noCookie = setup("42", "install", state, SIGNED_IN, null);
      assertThat(noCookie.statusCode()).isEqualTo(403);
      assertThat(noCookie.body()).contains(OTHER_BROWSER);
      HttpResponse<String> otherNonce =
          setup(
              "42",
              "install",
              state,
              SIGNED_IN,
              null,
              ownCookie(states.issue("/", 7L, Map.of("tenant", "mine"))));
      assertThat(otherNonce.statusCode()).isEqualTo(403);
      assertThat(otherNonce.body()).contains(OTHER_BROWSER);
    }

    assertThat(index.installationsOf(7)).isEmpty();
    assertThat(index.installation(42)).isEmpty();
    assertThat(linked.events).isEmpty();
    assertThat(github.mints()).isZero();
    assertThat(github.userInstallationCalls()).isZero();
  }

  @Test
  void aCallbackWithoutStateLinksOnlyAfterTheSameOriginConfirmation() {
    HttpResponse<String> anonymous = setup("42", "install", null, null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).contains("id=\"approved\"").doesNotContain("<form");

    HttpResponse<String> page = setup("42", "install", null, SIGNED_IN);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Location")).isEmpty();
    assertThat(page.body())
        .contains("id=\"confirm\"")
        .contains("<form method=\"post\" action=\"/github/setup\">")
        .contains("Link it to your account octocat?");
    // A browser posts a form from a no-referrer page with "Origin: null", refused as foreign.
    assertThat(page.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
    String state = hidden(page.body(), "state");
    String browser = setCookie(page, InstallCookie.NAME);
    assertThat(browser).containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
    String cookie = "Cookie";
    String ours = InstallCookie.NAME + "=" + states.verify(state).nonce();
    // The GET alone linked nothing.
    assertThat(index.installationsOf(7)).isEmpty();
    assertThat(linked.events).isEmpty();
    assertThat(github.userInstallationCalls()).isZero();

    String form = "installation_id=42&setup_action=install&state=" + state;
    // A cross-site POST: the Lax cookie stays behind, so the form's state is not this browser's.
    HttpResponse<String> crossSite = confirm(form, SIGNED_IN);
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(crossSite.body()).contains(OTHER_BROWSER);
    // A forged form without our state, or with a made-up one.
    HttpResponse<String> noToken =
        confirm("installation_id=42&setup_action=install", SIGNED_IN, cookie, ours);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body())
        .contains(
            "The confirmation did not come from this site&#39;s form: open the link GitHub showed"
                + " you again and confirm there.");
    HttpResponse<String> wrongToken =
        confirm(
            "installation_id=42&setup_action=install&state=" + state.substring(0, 40) + "x",
            SIGNED_IN,
            cookie,
            ours);
    assertThat(wrongToken.statusCode()).isEqualTo(400);
    assertThat(wrongToken.body()).contains("The state is not valid");
    // The form's state does not confirm another installation, nor an install link's state.
    HttpResponse<String> otherId =
        confirm("installation_id=41&setup_action=install&state=" + state, SIGNED_IN, cookie, ours);
    assertThat(otherId.statusCode()).isEqualTo(400);
    String link = states.issue("/", 7L, Map.of());
    HttpResponse<String> linkState =
        confirm(
            "installation_id=42&setup_action=install&state=" + link, SIGNED_IN, ownCookie(link));
    assertThat(linkState.statusCode()).isEqualTo(400);
    assertThat(index.installationsOf(7)).isEmpty();
    assertThat(linked.events).isEmpty();

    HttpResponse<String> confirmed = confirm(form, SIGNED_IN, cookie, ours);
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body())
        .contains("The app&#39;s installation 42 is now listed under your account.");
    assertThat(setCookie(confirmed, InstallCookie.NAME)).contains("Max-Age=0");
    assertThat(index.installationsOf(7)).extracting(IndexedInstallation::id).containsExactly(42L);
    assertThat(linked.events).containsExactly(new InstallationLinked(7, 42, "install", Map.of()));

    HttpResponse<String> replay = confirm(form, SIGNED_IN, cookie, ours);
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).contains("already used");
  }

  @Test
  void aConfirmedInstallationIsStillCheckedWithTheUsersToken() {
    HttpResponse<String> page = setup("999", "install", null, SIGNED_IN);
    String state = hidden(page.body(), "state");

    HttpResponse<String> refused =
        confirm(
            "installation_id=999&setup_action=install&state=" + state, SIGNED_IN, ownCookie(state));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("GitHub does not list installation 999");
    assertThat(index.installationsOf(7)).isEmpty();
    assertThat(linked.events).isEmpty();
  }

  @Test
  void aFullUsedStateStoreDoesNotLockAnyoneOut() {
    Instant later = Instant.now().plusSeconds(600);
    for (int i = 0; i < 2 * MAX_REMEMBERED; i++) {
      assertThat(used.useOnce(InstallStates.PURPOSE, "flood-" + i, later)).isTrue();
    }

    String state = states.issue("/done", 7L, Map.of("plan", "pro"));
    HttpResponse<String> fresh = setup("42", "install", state, SIGNED_IN);

    assertThat(fresh.statusCode()).isEqualTo(302);
    assertThat(linked.events)
        .containsExactly(new InstallationLinked(7, 42, "install", Map.of("plan", "pro")));
    HttpResponse<String> replay = setup("42", "install", state, SIGNED_IN);
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).contains("already used");
  }

  @Test
  void aNeverIssuedStateSpendsNoSignInCode() {
    HttpResponse<String> forged =
        setup("42", "install", "not-a-jwt", null, InstallTestBeans.HeaderSessions.GOOD_CODE);

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("The state is not valid");
    assertThat(sessions.signIns).isZero();
  }

  @Test
  void aRequestRecordsTheRequesterAndTheirApprovalLinksThem() throws Exception {
    HttpResponse<String> link = installLink("/github/install?plan=pro", SIGNED_IN);
    String state = stateFrom(link);

    HttpResponse<String> requested =
        setup(null, "request", state, SIGNED_IN, null, "Cookie", cookieOf(link));

    assertThat(requested.statusCode()).isEqualTo(200);
    assertThat(requested.body())
        .contains("id=\"pending\"")
        .contains("It will be linked to your account once it is approved.");
    assertThat(index.installationsOf(7)).isEmpty();

    InstallWebhooks.send(server, "installation", created(7));
    await().atMost(Duration.ofSeconds(10)).until(() -> !linked.events.isEmpty());
    assertThat(linked.events)
        .containsExactly(new InstallationLinked(7, 42, "request", Map.of("plan", "pro")));
    assertThat(index.installationsOf(7)).extracting(IndexedInstallation::id).containsExactly(42L);
  }

  @Test
  void anInstallationRequestedBySomeoneElseLinksNobody() {
    assertThat(setup(null, "request", null, "21:member:gho_member").statusCode()).isEqualTo(200);
    index.save(new IndexedInstallation(42, "octo-org", "Organization", false));

    // Another requester, or (without one) an account GitHub listed no request of this user for.
    requests.created(42, 8L, 9L);
    requests.created(42, null, 10L);

    assertThat(index.installationsOf(21)).isEmpty();
    assertThat(linked.events).isEmpty();
  }

  @Test
  void withoutARequesterInTheEventGitHubsListOfPendingRequestsDecides() {
    assertThat(setup(null, "request", null, SIGNED_IN).statusCode()).isEqualTo(200);
    index.save(new IndexedInstallation(42, "octo-org", "Organization", false));

    requests.created(42, null, 9L);

    assertThat(index.installationsOf(7)).extracting(IndexedInstallation::id).containsExactly(42L);
    assertThat(linked.events).containsExactly(new InstallationLinked(7, 42, "request", Map.of()));
  }

  @Test
  void aRequestWithAStrangersStateKeepsNoMetadata() throws Exception {
    String strangers = stateFrom(installLink("/github/install?tenant=evil", "8:mallory:gho_x"));

    HttpResponse<String> requested =
        setup(null, "request", strangers, "22:member:gho_member", null);
    assertThat(requested.statusCode()).isEqualTo(200);
    requests.created(42, 22L, 9L);

    assertThat(linked.events).containsExactly(new InstallationLinked(22, 42, "request", Map.of()));
    index.unlinkUser(22);
  }

  @Test
  void aRequestWithoutASessionRecordsNothing() {
    HttpResponse<String> response = setup(null, "request", null, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "Sign in with GitHub before you ask, and the installation is linked to your account"
                + " once it is approved.");
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void nonsenseParametersAreRefused() {
    assertThat(setup("42", "delete", null, SIGNED_IN).statusCode()).isEqualTo(400);
    assertThat(setup("-1", "install", null, SIGNED_IN).statusCode()).isEqualTo(400);
    assertThat(setup("x", "install", null, SIGNED_IN).statusCode()).isEqualTo(400);
  }

  /** GitHub's redirect in the browser that opened the link: it carries the state's cookie. */
  private HttpResponse<String> setup(String id, String action, String state, String user) {
    return setup(id, action, state, user, null, ownCookie(state));
  }

  /** The {@code Cookie} header of the browser that asked for {@code state}, if it is readable. */
  private String[] ownCookie(String state) {
    try {
      return new String[] {"Cookie", InstallCookie.NAME + "=" + states.verify(state).nonce()};
    } catch (RuntimeException e) {
      return new String[0];
    }
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

  private HttpResponse<String> installLink(String path, String user) {
    List<String> headers = new java.util.ArrayList<>(List.of("Accept", "application/json"));
    if (user != null) {
      headers.addAll(List.of(USER_HEADER, user));
    }
    HttpResponse<String> response = SetupHttp.get(uri(path), headers.toArray(String[]::new));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  private String stateFrom(HttpResponse<String> link) throws Exception {
    String url = json.readValue(link.body(), JsonNode.class).get("url").getStringValue();
    return url.substring(url.indexOf("state=") + 6);
  }

  private static String cookieOf(HttpResponse<String> response) {
    return setCookie(response, InstallCookie.NAME).split(";", 2)[0];
  }

  private static String setCookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + name + " cookie"));
  }

  private static String hidden(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("hidden %s in %s", name, html).isTrue();
    return m.group(1);
  }

  /** The confirmation form posted, with {@code headers} such as the browser's cookie. */
  private HttpResponse<String> confirm(String form, String user, String... headers) {
    var request =
        java.net.http.HttpRequest.newBuilder(uri("/github/setup"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .header(USER_HEADER, user)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return SetupHttp.send(request.build());
  }

  /** {@code installation.created} for installation 42 of octo-org, requested by {@code user}. */
  private static String created(long requester) {
    return "{\"action\":\"created\",\"installation\":{\"id\":42,\"account\":"
        + "{\"login\":\"octo-org\",\"id\":9,\"node_id\":\"O_9\",\"type\":\"Organization\","
        + "\"avatar_url\":\"https://avatars.example.test/9\","
        + "\"html_url\":\"https://github.example.test/octo-org\"},"
        + "\"target_type\":\"Organization\",\"permissions\":{},\"events\":[]},"
        + "\"repositories\":[],\"requester\":{\"login\":\"octocat\",\"id\":"
        + requester
        + ",\"type\":\"User\"},\"sender\":{\"login\":\"admin\",\"id\":1,\"type\":\"User\"}}";
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getPort() + path);
  }
}
