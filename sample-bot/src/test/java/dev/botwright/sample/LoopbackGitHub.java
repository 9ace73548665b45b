package dev.botwright.sample;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A fake GitHub on 127.0.0.1 for a bot running in another process, answering like the kit's
 * FakeGitHub: it mints {@code <token>_<installation id>}, echoes writes, and answers anything else
 * 404.
 */
final class LoopbackGitHub implements AutoCloseable {

  private final WireMockServer server;

  /** The token prefix this fake mints; fresh per instance so a leak cannot be an old value. */
  final String token = "ghs_" + UUID.randomUUID().toString().replace("-", "");

  private LoopbackGitHub(WireMockServer server) {
    this.server = server;
  }

  static LoopbackGitHub start() {
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    LoopbackGitHub github = new LoopbackGitHub(server);
    github.stub();
    return github;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** POSTs received on paths matching {@code pathRegex}. */
  int posts(String pathRegex) {
    return server
        .countRequestsMatching(postRequestedFor(urlPathMatching(pathRegex)).build())
        .getCount();
  }

  /** POSTs on paths matching {@code pathRegex} authorized with {@code installation}'s token. */
  int posts(String pathRegex, long installation) {
    return server
        .countRequestsMatching(
            postRequestedFor(urlPathMatching(pathRegex))
                .withHeader("Authorization", equalTo("token " + token + "_" + installation))
                .build())
        .getCount();
  }

  /** Answers {@code POST /app-manifests/{code}/conversions} with {@code json}, as GitHub does. */
  void stubManifestConversion(String code, String json) {
    server.stubFor(
        request("POST", urlPathMatching("/app-manifests/" + code + "/conversions"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json)));
  }

  int allPosts() {
    return server.countRequestsMatching(postRequestedFor(anyUrl()).build()).getCount();
  }

  private void stub() {
    String expires = Instant.now().plus(Duration.ofHours(1)).toString();
    server.stubFor(
        request("POST", urlPathMatching("/app/installations/(\\d+)/access_tokens"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"token\":\""
                            + token
                            + "_{{request.pathSegments.[2]}}\",\"expires_at\":\""
                            + expires
                            + "\",\"permissions\":{},\"repository_selection\":\"all\"}")
                    .withTransformers("response-template")));
    for (String method : List.of("POST", "PATCH", "PUT")) {
      server.stubFor(
          request(method, anyUrl())
              .atPriority(5)
              .willReturn(
                  aResponse()
                      .withStatus(method.equals("POST") ? 201 : 200)
                      .withHeader("Content-Type", "application/json")
                      .withBody("{{#if request.body}}{{{request.body}}}{{else}}{}{{/if}}")
                      .withTransformers("response-template")));
    }
    server.stubFor(
        any(anyUrl())
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Not Found\"}")));
  }

  @Override
  public void close() {
    server.stop();
  }
}
