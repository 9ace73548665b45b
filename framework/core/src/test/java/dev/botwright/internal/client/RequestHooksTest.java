package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.config.ClientConfiguration;
import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.spi.GitHubExchange;
import dev.botwright.spi.GitHubRequestHook;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestHooksTest {

  private final ClientHarness harness = new ClientHarness();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<GitHubExchange.Request> seen = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    harness.close();
  }

  /** An installation client whose requests pass {@code hooks}. */
  private GitHubClient client(GitHubRequestHook... hooks) {
    SharedHttp http =
        new SharedHttp(
            harness.context.getBean(GitHubApiConfiguration.class),
            harness.context.getBean(ClientConfiguration.class),
            harness.context.getBean(JsonMapper.class),
            harness.jwt,
            harness.clock,
            harness.clock::advance,
            "test",
            null,
            new RateLimitQuotas(),
            BotwrightMetrics.disabled(),
            dev.botwright.internal.tracing.Tracing.NONE,
            null,
            null,
            null,
            List.of(hooks));
    return new DefaultGitHubClients(
            http, harness.tokens, harness.context.getBean(ClientConfiguration.class))
        .installation(42);
  }

  /** Logs "name>attempt" on the way in and "name<status" on the way out. */
  private GitHubRequestHook logging(String name, int order) {
    return new GitHubRequestHook() {
      @Override
      public GitHubExchange.Response around(GitHubExchange.Request request, Chain chain) {
        seen.add(request);
        log.add(name + ">" + request.attempt());
        GitHubExchange.Response response = chain.proceed(request);
        log.add(name + "<" + response.status());
        return response;
      }

      @Override
      public int getOrder() {
        return order;
      }
    };
  }

  private String getRepo(GitHubClient github) {
    return github
        .request("GET /repos/{owner}/{repo}", Map.of("owner", "o", "repo", "r"))
        .body()
        .get("name")
        .getStringValue();
  }

  @Test
  void hooksWrapEveryAttemptInOrderTheFirstOutermost() {
    harness.github.stubFor(
        get("/repos/o/r")
            .inScenario("s")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(502))
            .willSetStateTo("up"));
    harness.github.stubFor(
        get("/repos/o/r")
            .inScenario("s")
            .whenScenarioStateIs("up")
            .willReturn(okJson("{\"name\":\"r\"}")));
    // Given out of order: the order decides, not the list.
    GitHubClient github = client(logging("inner", 2), logging("outer", 1));

    assertThat(getRepo(github)).isEqualTo("r");

    assertThat(log)
        .containsExactly(
            "outer>1",
            "inner>1",
            "inner<502",
            "outer<502",
            "outer>2",
            "inner>2",
            "inner<200",
            "outer<200");
    assertThat(seen.get(0).route()).isEqualTo("/repos/{owner}/{repo}");
    assertThat(seen.get(0).method()).isEqualTo("GET");
    assertThat(seen.get(0).uri().getRawPath()).isEqualTo("/repos/o/r");
    assertThat(seen.get(0).installationId()).hasValue(42);
    harness.github.verify(2, getRequestedFor(anyUrl()));
  }

  @Test
  void aHeaderAHookAddsReachesGitHub() {
    harness.github.stubFor(get("/repos/o/r").willReturn(okJson("{\"name\":\"r\"}")));
    GitHubClient github =
        client((request, chain) -> chain.proceed(request.withHeader("X-Audit", "7")));

    getRepo(github);

    harness.github.verify(
        getRequestedFor(urlEqualTo("/repos/o/r"))
            .withHeader("X-Audit", equalTo("7"))
            .withHeader("Authorization", equalTo("token tok-1")));
  }

  @Test
  void aHookCanAnswerWithoutGitHub() {
    GitHubClient github =
        client(
            (request, chain) ->
                new GitHubExchange.Response(
                    200, Map.of(), "{\"name\":\"cached\"}".getBytes(StandardCharsets.UTF_8)));

    assertThat(getRepo(github)).isEqualTo("cached");

    harness.github.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void noHookSeesOrSetsTheToken() {
    harness.github.stubFor(get("/repos/o/r").willReturn(okJson("{\"name\":\"r\"}")));
    List<String> failures = new CopyOnWriteArrayList<>();
    GitHubClient github =
        client(
            logging("observer", 0),
            (request, chain) -> {
              try {
                request.withHeader("authorization", "token mine");
              } catch (IllegalArgumentException e) {
                failures.add(e.getMessage());
              }
              return chain.proceed(request);
            });

    getRepo(github);

    harness.github.verify(
        getRequestedFor(urlEqualTo("/repos/o/r"))
            .withHeader("Authorization", equalTo("token tok-1")));
    GitHubExchange.Request request = seen.get(0);
    assertThat(request.headers().keySet()).noneMatch("authorization"::equalsIgnoreCase);
    String everything =
        request
            + " "
            + request.headers()
            + " "
            + request.uri()
            + " "
            + request.body().map(String::new).orElse("");
    assertThat(everything).doesNotContain("tok-1").contains("X-GitHub-Api-Version");
    assertThat(failures).containsExactly("A request hook cannot see or set Authorization");
  }

  @Test
  void aFailingHookFailsItsRequestClearlyAndTheNextOneWorks() {
    harness.github.stubFor(get("/repos/o/r").willReturn(okJson("{\"name\":\"r\"}")));
    List<Integer> calls = new CopyOnWriteArrayList<>();
    GitHubRequestHook flaky =
        (request, chain) -> {
          calls.add(1);
          if (calls.size() == 1) {
            throw new IllegalStateException("breaker open");
          }
          return chain.proceed(request);
        };
    GitHubClient github = client(flaky);

    assertThatThrownBy(() -> getRepo(github))
        .isInstanceOfSatisfying(GitHubApiException.class, e -> assertThat(e.status()).isZero())
        .hasMessageContaining("request hook")
        .hasMessageContaining("breaker open")
        .hasMessageContaining("GET /repos/{owner}/{repo}");
    harness.github.verify(0, anyRequestedFor(anyUrl()));

    assertThat(getRepo(github)).isEqualTo("r");
  }
}
