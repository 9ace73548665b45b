package dev.botwright.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.botwright.github.IssueRef;
import dev.botwright.github.RepoRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A fake GitHub REST API on loopback (WireMock). By default it mints installation tokens, describes
 * the app, its installation ({@link #INSTALLATION_ID}) and any repository asked for, answers writes
 * ({@code POST}, {@code PATCH}, {@code PUT}) by echoing their JSON body, {@code DELETE} with 204, a
 * missing {@code .github/} config file with 404, and anything else with 404 — a call the test then
 * fails for. Successful {@code GET} answers carry an {@code ETag} and a conditional request for an
 * unchanged answer gets {@code 304}, as on GitHub. Tests add answers with {@link #stub} and {@link
 * #stubConfig}, inject failures with {@link #failNext}, and check calls with {@link #assertCalled}.
 * Reset before every test.
 *
 * <p>{@link BotTest} classes share one instance per JVM. {@link #start()} starts another, e.g. for
 * a bot running in a child process: give the process {@link #baseUrl()} as its API URL and {@link
 * #close()} the fake when done.
 */
public final class FakeGitHub implements AutoCloseable {

  /** The token route, which assertions on "other calls" leave out. */
  public static final String TOKEN_ROUTE =
      "POST /app/installations/{installation_id}/access_tokens";

  /** The installation the default answers describe. */
  public static final long INSTALLATION_ID = 42;

  /**
   * Every token this fake mints is this prefix and the installation id, e.g. {@code
   * ghs_fake_token_42}, so a leak is easy to spot and a call's {@link Call#installationId()} can be
   * told from its token.
   */
  public static final String TOKEN_PREFIX = "ghs_fake_token_";

  private static final int STUB_PRIORITY = 2;
  private static final int ANY_REPO_CONFIG_PRIORITY = 3;

  private final WireMockServer server;
  private final String baseUrl;
  private final boolean shared;
  private final Thread stopAtExit;
  private final Set<UUID> verified = ConcurrentHashMap.newKeySet();
  private final IssueBodies issueBodies;
  private volatile UUID catchAll = new UUID(0, 0);

  private FakeGitHub(WireMockServer server, IssueBodies issueBodies, boolean shared) {
    this.server = server;
    this.issueBodies = issueBodies;
    this.baseUrl = "http://127.0.0.1:" + server.port();
    this.shared = shared;
    this.stopAtExit = new Thread(server::stop, "fake-github-stop");
  }

  /**
   * Starts a new fake on {@code 127.0.0.1} and a free port, with the default answers; independent
   * of the one {@link BotTest} classes share. Stop it with {@link #close()} (at the latest it stops
   * when the JVM exits).
   *
   * <pre>{@code
   * try (FakeGitHub github = FakeGitHub.start()) {
   *   // start the bot with GITHUB_API_URL=github.baseUrl(), send webhooks, assert on github
   * }
   * }</pre>
   */
  public static FakeGitHub start() {
    return start(false);
  }

  /** The instance {@link TestApp} shares with every {@link BotTest} class; it refuses to close. */
  static FakeGitHub startShared() {
    return start(true);
  }

  private static FakeGitHub start(boolean shared) {
    IssueBodies issueBodies = new IssueBodies();
    WireMockServer server =
        new WireMockServer(
            options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .extensions(new AnswerCompleter(), issueBodies));
    server.start();
    FakeGitHub github = new FakeGitHub(server, issueBodies, shared);
    github.reset();
    Runtime.getRuntime().addShutdownHook(github.stopAtExit);
    return github;
  }

  /**
   * Stops a fake made by {@link #start()}; closing it again does nothing.
   *
   * @throws IllegalStateException for the fake {@link BotTest} classes share, which stays up until
   *     the JVM exits because later test classes use it too
   */
  @Override
  public void close() {
    if (shared) {
      throw new IllegalStateException(
          "This FakeGitHub is shared by every @BotTest class in the JVM and stops when the JVM"
              + " exits; close only fakes you started with FakeGitHub.start()");
    }
    if (!server.isRunning()) {
      return;
    }
    server.stop();
    try {
      Runtime.getRuntime().removeShutdownHook(stopAtExit);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting and runs the hook anyway; stopping twice is harmless.
    }
  }

  /** The base URL, e.g. {@code http://127.0.0.1:54321}; the same after {@link #close()}. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Forgets every call, stub and fault added by tests; restores the defaults. The bot forgets what
   * it remembered of the fake's answers that tests vary, such as commenters' permissions.
   */
  public void reset() {
    ForgottenRoles.forgetAll();
    server.resetAll();
    verified.clear();
    issueBodies.clear();
    catchAll = FakeGitHubDefaults.register(server);
  }

  /**
   * Answers {@code route} with {@code status} and a JSON body, until the next reset. A stub wins
   * over the default answers; among stubs of one route the latest wins.
   *
   * <pre>{@code
   * github.stub("GET /repos/{owner}/{repo}/contents/{path}", 200, "{\"content\":\"...\"}");
   * }</pre>
   */
  public FakeGitHub stub(String route, int status, String jsonBody) {
    return stub(route, status, jsonBody, Map.of());
  }

  /** Like {@link #stub(String, int, String)}, with extra response headers (e.g. {@code Link}). */
  public FakeGitHub stub(String route, int status, String jsonBody, Map<String, String> headers) {
    Route parsed = Route.parse(route);
    GitHubRoutes.requireTemplate(parsed.toString());
    ResponseDefinitionBuilder answer =
        aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "application/json; charset=utf-8")
            .withBody(jsonBody);
    headers.forEach(answer::withHeader);
    server.stubFor(
        request(parsed.method(), urlPathMatching(parsed.pathRegex()))
            .atPriority(STUB_PRIORITY)
            .willReturn(answer));
    return this;
  }

  /**
   * Answers {@code route} with {@code status} and the content of a classpath resource, e.g. {@code
   * "github/pulls.files.json"} from {@code src/test/resources}.
   */
  public FakeGitHub stubFile(String route, int status, String classpathResource) {
    return stub(
        route, status, new String(Resources.read(classpathResource), StandardCharsets.UTF_8));
  }

  /**
   * Answers {@code GET /repos/{owner}/{repo}/collaborators/{login}/permission} for every repository
   * as GitHub does for a user with {@code role}: {@code role_name} is the role, {@code permission}
   * GitHub's older field (which folds {@code maintain} into {@code write} and {@code triage} into
   * {@code read}). Users nobody stubbed answer 404, as a login GitHub does not know.
   *
   * <pre>{@code
   * github.stubPermission("alice", "write").stubPermission("bob", "read");
   * }</pre>
   *
   * @param role {@code admin}, {@code maintain}, {@code write}, {@code triage}, {@code read} or
   *     {@code none}
   */
  public FakeGitHub stubPermission(String login, String role) {
    String permission =
        switch (role) {
          case "admin", "write", "read", "none" -> role;
          case "maintain" -> "write";
          case "triage" -> "read";
          default ->
              throw new IllegalArgumentException(
                  "Unknown role '" + role + "': use admin, maintain, write, triage, read or none");
        };
    server.stubFor(
        get(urlPathMatching(
                "/repos/[^/]+/[^/]+/collaborators/" + Pattern.quote(login) + "/permission"))
            .atPriority(STUB_PRIORITY)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(GitHubJson.collaboratorPermission(login, permission, role))));
    return this;
  }

  /**
   * The {@code content} of every reaction the bot added, to issues and comments, oldest first: e.g.
   * {@code ["eyes", "+1"]} after a slash command ran.
   */
  public List<String> reactions() {
    return apiCalls().stream()
        .filter(c -> c.method().equals("POST") && c.pathOnly().endsWith("/reactions"))
        .map(
            c ->
                JsonTree.parse(c.body().getBytes(StandardCharsets.UTF_8), "a reaction's body")
                    .get("content")
                    .getStringValue())
        .toList();
  }

  /**
   * Serves {@code .github/<fileName>} of every repository with {@code yaml}, as GitHub's contents
   * API does (base64, wrapped every 60 characters, with an {@code ETag}), whatever {@code ref} is
   * asked for. Config files nobody stubbed answer 404, as a repository without one does.
   *
   * <pre>{@code
   * github.stubConfig("my-bot.yml", "greeting: Welcome!\n");
   * }</pre>
   */
  public FakeGitHub stubConfig(String fileName, String yaml) {
    server.stubFor(
        get(urlPathMatching("/repos/[^/]+/[^/]+/contents/\\.github/" + Pattern.quote(fileName)))
            .atPriority(ANY_REPO_CONFIG_PRIORITY)
            .willReturn(contents(".github/" + fileName, yaml)));
    return this;
  }

  /**
   * Serves {@code .github/<fileName>} of {@code repo} only; wins over {@link #stubConfig(String,
   * String)}.
   */
  public FakeGitHub stubConfig(RepoRef repo, String fileName, String yaml) {
    return stubConfigFile(repo, ".github/" + fileName, yaml);
  }

  /**
   * Serves {@code .github/<fileName>} of the owner's {@code .github} repository ({@code
   * owner/.github}): the file a repository without its own falls back to, as in Probot.
   *
   * <pre>{@code
   * github.stubOrgConfig("octo-org", "my-bot.yml", "greeting: Hello from the org\n");
   * }</pre>
   */
  public FakeGitHub stubOrgConfig(String owner, String fileName, String yaml) {
    return stubConfig(new RepoRef(owner, ".github"), fileName, yaml);
  }

  /**
   * Serves the file at {@code path} of {@code repo}, e.g. the target of {@code _extends:
   * octo-org/shared:bots/my-bot.yml}. Answers carry an {@code ETag}; a request whose {@code
   * If-None-Match} names it is answered {@code 304 Not Modified}, as GitHub does (see {@link
   * #notModifiedCalls()}).
   */
  public FakeGitHub stubConfigFile(RepoRef repo, String path, String text) {
    server.stubFor(
        get(urlPathEqualTo("/repos/" + repo.owner() + "/" + repo.repo() + "/contents/" + path))
            .atPriority(STUB_PRIORITY)
            .willReturn(contents(path, text)));
    return this;
  }

  private static ResponseDefinitionBuilder contents(String path, String text) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(GitHubJson.fileContents(path, text));
  }

  /**
   * Gives an issue (or pull request) state: {@code GET /repos/{owner}/{repo}/issues/{issue_number}}
   * answers it with its current body, and a {@code PATCH} with a {@code body} replaces the body, as
   * on GitHub (the last write wins). For metadata ({@code ctx.metadata(issue)}), which lives in the
   * body; read the body back with {@link #issueBody}.
   *
   * <pre>{@code
   * github.stubIssue(new IssueRef("octo-org", "hello", 1), "Steps to reproduce: ...");
   * }</pre>
   */
  public FakeGitHub stubIssue(IssueRef issue, String body) {
    String path = issuePath(issue);
    issueBodies.put(path, body);
    for (String method : List.of("GET", "PATCH")) {
      server.stubFor(
          request(method, urlPathEqualTo(path))
              .atPriority(STUB_PRIORITY)
              .willReturn(aResponse().withTransformers(IssueBodies.NAME)));
    }
    return this;
  }

  /**
   * The current body of an issue given state by {@link #stubIssue}.
   *
   * @throws IllegalStateException when the issue was not stubbed with {@link #stubIssue}
   */
  public String issueBody(IssueRef issue) {
    return issueBodies
        .get(issuePath(issue))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Issue "
                        + issue
                        + " has no state in the fake: call github.stubIssue(issue, body) first"));
  }

  private static String issuePath(IssueRef issue) {
    return "/repos/"
        + issue.repository().owner()
        + "/"
        + issue.repository().repo()
        + "/issues/"
        + issue.number();
  }

  /**
   * Lists {@code installations} on {@code GET /app/installations} (suspended ones with a {@code
   * suspended_at}) and answers each one's {@code GET /installation/repositories} with its
   * repositories, told apart by the token the call carries. Replaces the default single
   * installation {@value #INSTALLATION_ID}, until the next reset.
   *
   * <pre>{@code
   * github.stubInstallations(
   *     FakeInstallation.of(1, "octo-org", "octo-org/api", "octo-org/web"),
   *     FakeInstallation.of(2, "octocat", "octocat/hello").suspended());
   * }</pre>
   */
  public FakeGitHub stubInstallations(FakeInstallation... installations) {
    String list =
        Arrays.stream(installations)
            .map(
                i ->
                    GitHubJson.installation(
                        i.id(), i.account(), i.isSuspended() ? "2024-06-01T00:00:00Z" : null))
            .collect(Collectors.joining(",", "[", "]"));
    stub("GET /app/installations", 200, list);
    for (FakeInstallation installation : installations) {
      String repositories =
          installation.repositories().stream()
              .map(r -> GitHubJson.repository(r.owner(), r.repo()))
              .collect(Collectors.joining(","));
      server.stubFor(
          get(urlPathEqualTo("/installation/repositories"))
              .withHeader("Authorization", equalTo("token " + TOKEN_PREFIX + installation.id()))
              .atPriority(STUB_PRIORITY)
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json; charset=utf-8")
                      .withBody(
                          "{\"total_count\":"
                              + installation.repositories().size()
                              + ",\"repositories\":["
                              + repositories
                              + "]}")));
    }
    return this;
  }

  /**
   * Answers the next call(s) of {@code route} with {@code fault} instead of the normal answer, then
   * answers normally again. Every attempt is a call: a comment retried twice is three calls.
   *
   * <pre>{@code
   * github.failNext(COMMENTS, Fault.serverError().times(2));
   * github.failNext(COMMENTS, Fault.rateLimited(1));
   * }</pre>
   */
  public FakeGitHub failNext(String route, Fault fault) {
    Faults.install(server, Route.parse(route), fault);
    return this;
  }

  /** Every call received since the last reset, oldest first. */
  public List<Call> calls() {
    return received().stream().map(Received::call).toList();
  }

  /** Calls other than token mints. */
  public List<Call> apiCalls() {
    return apiReceived().stream().map(Received::call).toList();
  }

  /** Calls to a method and path that GitHub does not have: GitHub would answer them with 404. */
  public List<Call> unknownRouteCalls() {
    return calls().stream().filter(c -> !GitHubRoutes.exists(c.method(), c.pathOnly())).toList();
  }

  /**
   * Asserts {@code route} was called at least once and returns an assertion on its calls. Fails
   * with every call received when it was not. The calls count as checked for {@link
   * #assertNoMoreCalls()}.
   */
  public CallAssertion assertCalled(String route) {
    Route parsed = Route.parse(route);
    GitHubRoutes.requireTemplate(parsed.toString());
    List<Received> all = received();
    List<Received> matching =
        all.stream().filter(r -> parsed.matches(r.call().method(), r.call().pathOnly())).toList();
    if (matching.isEmpty()) {
      throw new AssertionError(
          "Expected a call to " + parsed + " but " + Received.describe(calls(all)));
    }
    matching.forEach(r -> verified.add(r.id()));
    return new CallAssertion(parsed, calls(matching));
  }

  /** Asserts {@code route} was not called. */
  public void assertNotCalled(String route) {
    Route parsed = Route.parse(route);
    GitHubRoutes.requireTemplate(parsed.toString());
    List<Call> matching =
        calls().stream().filter(c -> parsed.matches(c.method(), c.pathOnly())).toList();
    if (!matching.isEmpty()) {
      throw new AssertionError(
          "Expected no call to " + parsed + " but " + Received.describe(matching));
    }
  }

  /** Asserts that the bot made no call at all, token mints included. */
  public void assertNoCalls() {
    List<Call> calls = calls();
    if (!calls.isEmpty()) {
      throw new AssertionError("Expected no calls to GitHub but " + Received.describe(calls));
    }
  }

  /**
   * Asserts that every call but token mints was checked by an earlier {@link #assertCalled}; fails
   * listing the calls no assertion covered.
   */
  public void assertNoMoreCalls() {
    List<Call> unchecked =
        apiReceived().stream().filter(r -> !verified.contains(r.id())).map(Received::call).toList();
    if (!unchecked.isEmpty()) {
      throw new AssertionError(
          "Expected no more calls to GitHub but "
              + unchecked.size()
              + " call(s) were not checked by assertCalled:\n"
              + lines(unchecked)
              + "\nAll calls received:\n"
              + lines(calls()));
    }
  }

  /**
   * The calls the fake answered {@code 304 Not Modified}: conditional requests ({@code
   * If-None-Match}) for an answer the bot already had, which cost a real bot no rate limit.
   */
  public List<Call> notModifiedCalls() {
    return received().stream().filter(r -> r.status() == 304).map(Received::call).toList();
  }

  /** The calls only the catch-all 404 answered: no stub and no default answer covered them. */
  public List<Call> unexpectedCalls() {
    return received().stream().filter(Received::unexpected).map(Received::call).toList();
  }

  /**
   * Fails if the bot made a call the fake had no answer for. {@link BotTest} runs it after each
   * test.
   */
  public void assertNoUnexpectedCalls() {
    List<Call> unexpected = unexpectedCalls();
    if (!unexpected.isEmpty()) {
      throw new AssertionError(
          "The bot made calls the fake GitHub had no answer for (stub them with github.stub(...)):\n"
              + lines(unexpected)
              + "\nAll calls received:\n"
              + lines(calls()));
    }
  }

  /** How many installation tokens were minted since the last reset. */
  public int tokenMints() {
    return received().size() - apiReceived().size();
  }

  /** How many tokens were minted for installation {@code installationId} since the last reset. */
  public int tokenMints(long installationId) {
    Route token = Route.parse(TOKEN_ROUTE);
    String path = "/app/installations/" + installationId + "/access_tokens";
    return (int)
        received().stream()
            .map(Received::call)
            .filter(c -> token.matches(c.method(), c.pathOnly()) && c.pathOnly().equals(path))
            .count();
  }

  /** The raw WireMock server, for what this class does not offer. */
  public WireMockServer wireMock() {
    return server;
  }

  private List<Received> received() {
    UUID fallback = catchAll;
    List<Received> all = new ArrayList<>();
    for (ServeEvent event : server.getAllServeEvents()) {
      all.add(Received.of(event, fallback));
    }
    // WireMock lists the newest first.
    Collections.reverse(all);
    return all;
  }

  private List<Received> apiReceived() {
    Route token = Route.parse(TOKEN_ROUTE);
    return received().stream()
        .filter(r -> !token.matches(r.call().method(), r.call().pathOnly()))
        .toList();
  }

  private static List<Call> calls(List<Received> received) {
    return received.stream().map(Received::call).toList();
  }

  private static String lines(List<Call> calls) {
    return calls.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
  }
}
