package dev.botwright.internal.reconcile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** GitHub's app webhook delivery routes on WireMock: two pages of attempts, then a third. */
final class FakeAppHook implements AutoCloseable {

  static final String DELIVERIES = "/app/hook/deliveries";

  final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

  FakeAppHook() {
    github.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + github.port();
  }

  /** Page 1 links to page 2 (cursor v1_p2), which links to a page 3 that must never be read. */
  void twoPages() {
    github.stubFor(
        get(urlPathEqualTo(DELIVERIES))
            .withQueryParam("per_page", equalTo("100"))
            .withQueryParam("cursor", absent())
            .willReturn(page("deliveries-page-1.json", "v1_p2")));
    github.stubFor(
        get(urlPathEqualTo(DELIVERIES))
            .withQueryParam("cursor", equalTo("v1_p2"))
            .willReturn(page("deliveries-page-2.json", "v1_p3")));
    github.stubFor(
        get(urlPathEqualTo(DELIVERIES))
            .withQueryParam("cursor", equalTo("v1_p3"))
            .willReturn(aResponse().withStatus(200).withBody("[]")));
    github.stubFor(
        post(urlPathMatching(DELIVERIES + "/[0-9]+/attempts"))
            .willReturn(aResponse().withStatus(202).withBody("{}")));
  }

  /** One page holding failed attempts with these ids of one delivery, {@code g-retry}. */
  void onePage(long... attemptIds) {
    String items =
        java.util.Arrays.stream(attemptIds)
            .mapToObj(
                id ->
                    "{\"id\":"
                        + id
                        + ",\"guid\":\"g-retry\",\"status_code\":503,"
                        + "\"delivered_at\":\"2026-03-04T11:00:00Z\",\"redelivery\":"
                        + (id != attemptIds[0])
                        + "}")
            .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    github.stubFor(
        get(urlPathEqualTo(DELIVERIES))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(items)));
    github.stubFor(
        post(urlPathMatching(DELIVERIES + "/[0-9]+/attempts"))
            .willReturn(aResponse().withStatus(202).withBody("{}")));
  }

  private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder page(
      String file, String nextCursor) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withHeader(
            "Link",
            "<" + baseUrl() + DELIVERIES + "?per_page=100&cursor=" + nextCursor + ">; rel=\"next\"")
        .withBody(read(file));
  }

  /** The attempt ids the bot asked GitHub to redeliver, in order. */
  List<String> redelivered() {
    return oldestFirst().stream()
        .filter(r -> r.getMethod().getName().equals("POST"))
        .map(r -> r.getUrl().replace(DELIVERIES + "/", "").replace("/attempts", ""))
        .toList();
  }

  /** The {@code cursor} of every list request, {@code -} for the first page. */
  List<String> listedCursors() {
    return oldestFirst().stream()
        .filter(r -> r.getMethod().getName().equals("GET"))
        .map(
            r ->
                r.queryParameter("cursor").isPresent()
                    ? r.queryParameter("cursor").firstValue()
                    : "-")
        .toList();
  }

  /** Every request GitHub received, in order (WireMock lists the newest first). */
  List<LoggedRequest> oldestFirst() {
    List<LoggedRequest> requests =
        new java.util.ArrayList<>(
            github.getAllServeEvents().stream().map(e -> e.getRequest()).toList());
    java.util.Collections.reverse(requests);
    return requests;
  }

  private static String read(String file) {
    try (InputStream in = FakeAppHook.class.getResourceAsStream("/reconcile/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    github.stop();
  }
}
