package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.botwright.config.ClientConfiguration;
import dev.botwright.internal.client.cache.InMemoryGitHubResponseCache;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.internal.metrics.MeterNames;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GETs revalidated with their ETag / Last-Modified and answered from the cache on a 304. */
class ConditionalGetCacheTest {

  private static final String RESET = "1900000000";

  private final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final RateLimitQuotas quotas = new RateLimitQuotas();
  private final InMemoryGitHubResponseCache cache = new InMemoryGitHubResponseCache(1 << 20);
  private final RequestExecutor executor;
  private final MicronautTransport transport;

  ConditionalGetCacheTest() {
    github.start();
    ClientConfiguration config = new ClientConfiguration();
    config.setPacing(false);
    transport = new MicronautTransport(URI.create(base()), Duration.ofSeconds(10));
    executor =
        new RequestExecutor(
            transport,
            config,
            Clock.systemUTC(),
            d -> {},
            "ua",
            new JsonBodies(JsonMapper.createDefault()),
            new InMemoryWriteSlots(Clock.systemUTC()),
            quotas,
            new BotwrightMetrics(registry, 10),
            cache,
            dev.botwright.internal.tracing.Tracing.NONE,
            RequestHooks.NONE);
  }

  @AfterEach
  void stop() {
    transport.close();
    github.stop();
  }

  @Test
  void secondGetIsConditionalAndA304IsAnsweredFromTheCache() {
    stubFresh("/repos/o/r", "\"v1\"", "{\"name\":\"r\"}", 4999);
    stub304("/repos/o/r", "\"v1\"", 4999);

    HttpExchange first = fetch(1, "/repos/o/r");
    HttpExchange second = fetch(1, "/repos/o/r");

    assertThat(second.status()).isEqualTo(200);
    assertThat(body(second)).isEqualTo(body(first)).isEqualTo("{\"name\":\"r\"}");
    github.verify(
        1, getRequestedFor(urlEqualTo("/repos/o/r")).withHeader("If-None-Match", absent()));
    github.verify(
        1,
        getRequestedFor(urlEqualTo("/repos/o/r")).withHeader("If-None-Match", equalTo("\"v1\"")));
    assertThat(registry.get(MeterNames.GITHUB_CACHE_HITS).counter().count()).isEqualTo(1.0);
    // GitHub's 304 carries the same quota: the client's view of the rate limit is unchanged.
    assertThat(quotas.remaining(1, Instant.parse("2026-01-01T00:00:00Z"))).hasValue(4999);
    assertThat(registry.get(MeterNames.RATE_LIMIT_REMAINING).gauge().value()).isEqualTo(4999.0);
  }

  @Test
  void lastModifiedIsSentBackAsIfModifiedSince() {
    github.stubFor(
        get("/user")
            .atPriority(5)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Last-Modified", "Mon, 01 Jun 2026 10:00:00 GMT")
                    .withBody("{}")));
    github.stubFor(
        get("/user")
            .atPriority(1)
            .withHeader("If-Modified-Since", equalTo("Mon, 01 Jun 2026 10:00:00 GMT"))
            .willReturn(aResponse().withStatus(304)));

    fetch(1, "/user");
    HttpExchange second = fetch(1, "/user");

    assertThat(second.status()).isEqualTo(200);
    assertThat(body(second)).isEqualTo("{}");
  }

  @Test
  void anotherInstallationNeverSeesTheEntry() {
    stubFresh("/repos/o/r", "\"v1\"", "{}", 4999);
    stub304("/repos/o/r", "\"v1\"", 4999);

    fetch(1, "/repos/o/r");
    fetch(2, "/repos/o/r");

    github.verify(
        2, getRequestedFor(urlEqualTo("/repos/o/r")).withHeader("If-None-Match", absent()));
    assertThat(registry.get(MeterNames.GITHUB_CACHE_HITS).counter().count()).isZero();
  }

  @Test
  void usersAreKeptApartByTheirToken() {
    stubFresh("/user", "\"u\"", "{}", 4999);
    stub304("/user", "\"u\"", 4999);

    executor.exchange(
        user("token alice"),
        null,
        Route.parse("GET /user"),
        uri("/user"),
        null,
        java.util.Map.of());
    executor.exchange(
        user("token bob"), null, Route.parse("GET /user"), uri("/user"), null, java.util.Map.of());
    executor.exchange(
        user("token alice"),
        null,
        Route.parse("GET /user"),
        uri("/user"),
        null,
        java.util.Map.of());

    github.verify(2, getRequestedFor(urlEqualTo("/user")).withHeader("If-None-Match", absent()));
    github.verify(
        1, getRequestedFor(urlEqualTo("/user")).withHeader("If-None-Match", equalTo("\"u\"")));
  }

  @Test
  void anotherAcceptHeaderIsAnotherEntry() {
    stubFresh("/repos/o/r/readme", "\"v1\"", "{}", 4999);
    stub304("/repos/o/r/readme", "\"v1\"", 4999);

    fetch(1, "/repos/o/r/readme");
    executor.exchange(
        installation(1),
        null,
        Route.parse("GET /repos/{owner}/{repo}/readme"),
        uri("/repos/o/r/readme"),
        null,
        java.util.Map.of("Accept", "application/vnd.github.raw+json"));

    github.verify(
        2, getRequestedFor(urlEqualTo("/repos/o/r/readme")).withHeader("If-None-Match", absent()));
  }

  @Test
  void noStoreAnswersAreNotKept() {
    github.stubFor(
        get("/x")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("ETag", "\"s\"")
                    .withHeader("Cache-Control", "private, no-store")
                    .withBody("{}")));

    fetch(1, "/x");
    fetch(1, "/x");

    github.verify(2, getRequestedFor(urlEqualTo("/x")).withHeader("If-None-Match", absent()));
    assertThat(cache.bytes()).isZero();
  }

  @Test
  void aChangedAnswerReplacesTheEntry() {
    stubFresh("/x", "\"v1\"", "{\"v\":1}", 4999);
    github.stubFor(
        get("/x")
            .atPriority(1)
            .withHeader("If-None-Match", equalTo("\"v1\""))
            .willReturn(
                aResponse().withStatus(200).withHeader("ETag", "\"v2\"").withBody("{\"v\":2}")));
    stub304("/x", "\"v2\"", 4998);

    fetch(1, "/x");
    HttpExchange changed = fetch(1, "/x");
    HttpExchange cached = fetch(1, "/x");

    assertThat(body(changed)).isEqualTo("{\"v\":2}");
    assertThat(body(cached)).isEqualTo("{\"v\":2}");
    github.verify(
        1, getRequestedFor(urlEqualTo("/x")).withHeader("If-None-Match", equalTo("\"v2\"")));
  }

  @Test
  void postsAreNeverConditional() {
    github.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post("/x")
            .willReturn(aResponse().withStatus(200).withHeader("ETag", "\"p\"").withBody("{}")));

    executor.exchange(
        installation(1),
        null,
        Route.parse("POST /x"),
        uri("/x"),
        "{}".getBytes(StandardCharsets.UTF_8),
        java.util.Map.of());

    assertThat(cache.bytes()).isZero();
  }

  private void stubFresh(String path, String etag, String body, int remaining) {
    github.stubFor(
        get(path)
            .atPriority(5)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("ETag", etag)
                    .withHeader("x-ratelimit-remaining", String.valueOf(remaining))
                    .withHeader("x-ratelimit-reset", RESET)
                    .withBody(body)));
  }

  private void stub304(String path, String etag, int remaining) {
    github.stubFor(
        get(path)
            .atPriority(1)
            .withHeader("If-None-Match", equalTo(etag))
            .willReturn(
                aResponse()
                    .withStatus(304)
                    .withHeader("ETag", etag)
                    .withHeader("x-ratelimit-remaining", String.valueOf(remaining))
                    .withHeader("x-ratelimit-reset", RESET)));
  }

  private HttpExchange fetch(long installation, String path) {
    return executor.exchange(
        installation(installation),
        null,
        Route.parse("GET " + path),
        uri(path),
        null,
        java.util.Map.of());
  }

  private URI uri(String path) {
    return URI.create(base() + path);
  }

  private String base() {
    return "http://127.0.0.1:" + github.port();
  }

  private static String body(HttpExchange answer) {
    return new String(answer.body(), StandardCharsets.UTF_8);
  }

  static RequestAuthorizer installation(long id) {
    return authorizer(OptionalLong.of(id), "token installation-" + id);
  }

  static RequestAuthorizer user(String authorization) {
    return authorizer(OptionalLong.empty(), authorization);
  }

  private static RequestAuthorizer authorizer(OptionalLong installation, String authorization) {
    return new RequestAuthorizer() {
      @Override
      public OptionalLong installationId() {
        return installation;
      }

      @Override
      public Attempts start() {
        return new Attempts() {
          @Override
          public String authorization() {
            return authorization;
          }

          @Override
          public Optional<Duration> afterUnauthorized(
              String githubMessage, Optional<Instant> githubDate) {
            return Optional.empty();
          }
        };
      }
    };
  }
}
