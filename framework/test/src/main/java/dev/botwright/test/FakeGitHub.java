package dev.botwright.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A fake GitHub REST API on loopback (WireMock). By default it mints installation tokens, answers
 * writes ({@code POST}, {@code PATCH}, {@code PUT}) by echoing their JSON body, {@code DELETE} with
 * 204, and anything else with 404. Tests add answers with {@link #stub} and check calls with {@link
 * #assertCalled}. Reset before every test.
 */
public final class FakeGitHub {

  /** The token route, which assertions on "other calls" leave out. */
  public static final String TOKEN_ROUTE =
      "POST /app/installations/{installation_id}/access_tokens";

  /** Every token this fake mints starts with this, so leaks are easy to spot. */
  static final String TOKEN_PREFIX = "ghs_fake_token_";

  private static final int DEFAULT_PRIORITY = 10;
  private static final int STUB_PRIORITY = 1;

  private final WireMockServer server;

  private FakeGitHub(WireMockServer server) {
    this.server = server;
  }

  static FakeGitHub start() {
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    FakeGitHub github = new FakeGitHub(server);
    github.reset();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "fake-github-stop"));
    return github;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:54321}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Forgets every call and every stub added by tests; restores the defaults. */
  public void reset() {
    server.resetAll();
    server.stubFor(
        request("POST", urlPathMatching(Route.parse(TOKEN_ROUTE).pathRegex()))
            .atPriority(DEFAULT_PRIORITY - 1)
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"token\":\""
                            + TOKEN_PREFIX
                            + "{{request.pathSegments.[2]}}\",\"expires_at\":\"{{now offset='1"
                            + " hours'}}\",\"permissions\":{},\"repository_selection\":\"all\"}")
                    .withTransformers("response-template")));
    for (String method : List.of("POST", "PATCH", "PUT")) {
      server.stubFor(
          request(method, anyUrl())
              .atPriority(DEFAULT_PRIORITY)
              .willReturn(
                  aResponse()
                      .withStatus(method.equals("POST") ? 201 : 200)
                      .withHeader("Content-Type", "application/json")
                      .withBody("{{#if request.body}}{{{request.body}}}{{else}}{}{{/if}}")
                      .withTransformers("response-template")));
    }
    server.stubFor(
        request("DELETE", anyUrl())
            .atPriority(DEFAULT_PRIORITY)
            .willReturn(aResponse().withStatus(204)));
    server.stubFor(
        any(anyUrl())
            .atPriority(DEFAULT_PRIORITY + 1)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"message\":\"Not Found (FakeGitHub has no stub for this route)\"}")));
  }

  /**
   * Answers {@code route} with {@code status} and a JSON body, until the next reset.
   *
   * <pre>{@code
   * github.stub("GET /repos/{owner}/{repo}/contents/{path}", 200, "{\"content\":\"...\"}");
   * }</pre>
   */
  public FakeGitHub stub(String route, int status, String jsonBody) {
    Route parsed = Route.parse(route);
    GitHubRoutes.requireTemplate(parsed.toString());
    server.stubFor(
        request(parsed.method(), urlPathMatching(parsed.pathRegex()))
            .atPriority(STUB_PRIORITY)
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(jsonBody)));
    return this;
  }

  /** Every call received since the last reset, oldest first. */
  public List<Call> calls() {
    List<LoggedRequest> requests =
        new ArrayList<>(
            server.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl())));
    requests.sort(java.util.Comparator.comparing(LoggedRequest::getLoggedDate));
    return requests.stream().map(FakeGitHub::toCall).toList();
  }

  /** Calls other than token mints. */
  public List<Call> apiCalls() {
    Route token = Route.parse(TOKEN_ROUTE);
    return calls().stream().filter(c -> !token.matches(c.method(), c.pathOnly())).toList();
  }

  /** Calls to a method and path that GitHub does not have: GitHub would answer them with 404. */
  public List<Call> unknownRouteCalls() {
    return calls().stream().filter(c -> !GitHubRoutes.exists(c.method(), c.pathOnly())).toList();
  }

  /**
   * Asserts {@code route} was called at least once and returns an assertion on its calls. Fails
   * with every call received when it was not.
   */
  public CallAssertion assertCalled(String route) {
    Route parsed = Route.parse(route);
    GitHubRoutes.requireTemplate(parsed.toString());
    List<Call> matching =
        calls().stream().filter(c -> parsed.matches(c.method(), c.pathOnly())).toList();
    if (matching.isEmpty()) {
      throw new AssertionError("Expected a call to " + parsed + " but " + describe(calls()));
    }
    return new CallAssertion(parsed, matching);
  }

  /** Asserts {@code route} was not called. */
  public void assertNotCalled(String route) {
    Route parsed = Route.parse(route);
    GitHubRoutes.requireTemplate(parsed.toString());
    List<Call> matching =
        calls().stream().filter(c -> parsed.matches(c.method(), c.pathOnly())).toList();
    if (!matching.isEmpty()) {
      throw new AssertionError("Expected no call to " + parsed + " but " + describe(matching));
    }
  }

  /** Asserts that the bot made no call at all, token mints included. */
  public void assertNoCalls() {
    List<Call> calls = calls();
    if (!calls.isEmpty()) {
      throw new AssertionError("Expected no calls to GitHub but " + describe(calls));
    }
  }

  /** How many installation tokens were minted since the last reset. */
  public int tokenMints() {
    Route token = Route.parse(TOKEN_ROUTE);
    return (int) calls().stream().filter(c -> token.matches(c.method(), c.pathOnly())).count();
  }

  private static String describe(List<Call> calls) {
    if (calls.isEmpty()) {
      return "GitHub received no calls.";
    }
    return "GitHub received "
        + calls.size()
        + " call(s):\n"
        + calls.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
  }

  private static Call toCall(LoggedRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (var header : request.getHeaders().all()) {
      String name = header.key().toLowerCase(Locale.ROOT);
      headers.put(
          name, name.equals("authorization") ? mask(header.firstValue()) : header.firstValue());
    }
    return new Call(
        request.getMethod().getName(), request.getUrl(), headers, request.getBodyAsString());
  }

  private static String mask(String authorization) {
    int space = authorization.indexOf(' ');
    return (space < 0 ? "" : authorization.substring(0, space + 1)) + "***";
  }

  /** The raw WireMock server, for what this class does not offer. */
  public WireMockServer wireMock() {
    return server;
  }
}
