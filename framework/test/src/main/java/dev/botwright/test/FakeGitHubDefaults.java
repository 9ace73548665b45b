package dev.botwright.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.List;
import java.util.UUID;

/**
 * The answers the fake gives when no test stubbed a route: token mints, the app, its installations
 * and repositories, labels, assignees, pull requests and file writes, other writes echoed, and 404
 * for the rest. Bodies are templated from the request path so {@code GET /repos/octo/hello}
 * describes {@code octo/hello}.
 */
final class FakeGitHubDefaults {

  static final int PRIORITY = 10;

  private FakeGitHubDefaults() {}

  /**
   * Registers the defaults.
   *
   * @return the id of the catch-all stub, whose calls are "unexpected"
   */
  static UUID register(WireMockServer server) {
    server.stubFor(
        request("POST", urlPathMatching(Route.parse(FakeGitHub.TOKEN_ROUTE).pathRegex()))
            .atPriority(PRIORITY - 1)
            .willReturn(json(201, GitHubJson.token())));
    answer(server, "GET /app", GitHubJson.app());
    answer(server, "GET /app/installations", "[" + GitHubJson.installation("octo-org") + "]");
    answer(
        server,
        "GET /app/installations/{installation_id}",
        GitHubJson.installation("octo-org")
            .replace(
                "\"id\":" + FakeGitHub.INSTALLATION_ID, "\"id\":{{request.pathSegments.[2]}}"));
    answer(server, "GET /repos/{owner}/{repo}/installation", GitHubJson.installation(segment(1)));
    answer(server, "GET /orgs/{org}/installation", GitHubJson.installation(segment(1)));
    answer(server, "GET /users/{username}/installation", GitHubJson.installation(segment(1)));
    answer(server, "GET /installation/repositories", "{\"total_count\":0,\"repositories\":[]}");
    answer(server, "GET /repos/{owner}/{repo}", GitHubJson.repository(segment(1), segment(2)));
    // A bot's config file that no test stubbed does not exist, as on most repositories.
    server.stubFor(
        request("GET", urlPathMatching("/repos/[^/]+/[^/]+/contents/\\.github/.+"))
            .atPriority(PRIORITY)
            .willReturn(json(404, GitHubJson.notFound())));
    // Writes GitHub answers with something else than their request: labels and assignees named
    // in the request come back as objects (the completer adds their other fields), a new pull
    // request's branches as objects, a file write as the file's entry and its commit. They outrank
    // the echo below; a test's stub outranks them.
    String labels =
        "[{{#each (jsonPath request.body '$.labels') as |label|}}{{#unless @first}},{{/unless}}"
            + "{\"name\":\"{{label}}\"}{{/each}}]";
    write(server, "POST /repos/{owner}/{repo}/issues/{issue_number}/labels", 200, labels);
    write(server, "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels", 200, labels);
    write(server, "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", 200, "[]");
    write(
        server,
        "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees",
        201,
        "{\"number\":{{request.pathSegments.[4]}},\"assignees\":["
            + "{{#each (jsonPath request.body '$.assignees') as |login|}}"
            + "{{#unless @first}},{{/unless}}{\"id\":{{randomInt lower=1 upper=99999999}},\"login\":\"{{login}}\"}"
            + "{{/each}}]}");
    write(
        server,
        "POST /repos/{owner}/{repo}/pulls",
        201,
        "{\"title\":\"{{jsonPath request.body '$.title'}}\","
            + "\"head\":{\"ref\":\"{{jsonPath request.body '$.head'}}\"},"
            + "\"base\":{\"ref\":\"{{jsonPath request.body '$.base'}}\"}}");
    server.stubFor(
        request("PUT", urlPathMatching("/repos/[^/]+/[^/]+/contents/.+"))
            .atPriority(PRIORITY - 1)
            .willReturn(
                json(
                    200,
                    "{\"content\":{\"sha\":\"{{randomValue length=40 type='HEXADECIMAL'}}\"},"
                        + "\"commit\":{\"message\":\"{{jsonPath request.body '$.message'}}\"}}")));
    for (String method : List.of("POST", "PATCH", "PUT")) {
      server.stubFor(
          request(method, anyUrl())
              .atPriority(PRIORITY)
              .willReturn(
                  json(
                      method.equals("POST") ? 201 : 200,
                      "{{#if request.body}}{{{request.body}}}{{else}}{}{{/if}}")));
    }
    server.stubFor(
        request("DELETE", anyUrl()).atPriority(PRIORITY).willReturn(aResponse().withStatus(204)));
    UUID catchAll = UUID.randomUUID();
    server.stubFor(
        any(anyUrl())
            .withId(catchAll)
            .atPriority(PRIORITY + 1)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"message\":\"Not Found (FakeGitHub has no stub for this route)\"}")));
    return catchAll;
  }

  private static void answer(WireMockServer server, String route, String body) {
    Route parsed = Route.parse(route);
    server.stubFor(
        request(parsed.method(), urlPathMatching(parsed.pathRegex()))
            .atPriority(PRIORITY)
            .willReturn(json(200, body)));
  }

  private static void write(WireMockServer server, String route, int status, String body) {
    Route parsed = Route.parse(route);
    server.stubFor(
        request(parsed.method(), urlPathMatching(parsed.pathRegex()))
            .atPriority(PRIORITY - 1)
            .willReturn(json(status, body)));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body)
        .withTransformers("response-template");
  }

  private static String segment(int index) {
    return "{{request.pathSegments.[" + index + "]}}";
  }
}
