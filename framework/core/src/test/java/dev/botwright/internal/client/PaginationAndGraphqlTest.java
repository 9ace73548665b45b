package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import io.micronaut.json.tree.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaginationAndGraphqlTest {

  private final ClientHarness harness = new ClientHarness();
  private final GitHubClient github = harness.clients.installation(42);

  @AfterEach
  void stop() {
    harness.close();
  }

  private void threePages() {
    String next = harness.baseUrl() + "/repositories/1/issues?per_page=100&page=";
    harness.github.stubFor(
        get("/repos/o/r/issues?state=open&per_page=100")
            .willReturn(
                okJson("[{\"n\":1},{\"n\":2}]")
                    .withHeader(
                        "Link", "<" + next + "2>; rel=\"next\", <" + next + "3>; rel=\"last\"")));
    harness.github.stubFor(
        get("/repositories/1/issues?per_page=100&page=2")
            .willReturn(
                okJson("[{\"n\":3}]")
                    .withHeader(
                        "Link", "<" + next + "1>; rel=\"prev\", <" + next + "3>; rel=\"next\"")));
    harness.github.stubFor(
        get("/repositories/1/issues?per_page=100&page=3").willReturn(okJson("[{\"n\":4}]")));
  }

  private Stream<JsonNode> issues() {
    return github.paginate(
        "GET /repos/{owner}/{repo}/issues", Map.of("owner", "o", "repo", "r", "state", "open"));
  }

  @Test
  void followsNextLinksAcrossPages() {
    threePages();

    assertThat(issues().map(n -> n.get("n").getIntValue())).containsExactly(1, 2, 3, 4);
    harness.github.verify(3, getRequestedFor(anyUrl()));
  }

  @Test
  void fetchesPagesOnlyAsTheyAreNeeded() {
    threePages();

    Stream<JsonNode> stream = issues();
    harness.github.verify(0, getRequestedFor(anyUrl()));

    assertThat(stream.limit(1).map(n -> n.get("n").getIntValue()).toList()).containsExactly(1);
    harness.github.verify(1, getRequestedFor(anyUrl()));
  }

  @Test
  void takesItemsFromTheOneArrayOfAWrappingObject() {
    harness.github.stubFor(
        get(urlPathEqualTo("/installation/repositories"))
            .willReturn(
                okJson(
                    "{\"total_count\":2,\"repository_selection\":\"all\",\"repositories\":"
                        + GitHubAnswers.items(
                            "GET /installation/repositories",
                            "{\"name\":\"a\"}",
                            "{\"name\":\"b\"}")
                        + "}")));

    assertThat(harness.clients.installation(42).repos().listForInstallation().map(r -> r.name()))
        .containsExactly("a", "b");
    harness.github.verify(getRequestedFor(urlEqualTo("/installation/repositories?per_page=100")));
  }

  @Test
  void refusesANextLinkToAnotherHost() {
    harness.github.stubFor(
        get(anyUrl())
            .willReturn(
                okJson("[{\"n\":1}]")
                    .withHeader("Link", "<https://evil.example/steal?page=2>; rel=\"next\"")));

    assertThatThrownBy(() -> issues().toList())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "Refusing to follow the next-page link of 'GET /repos/{owner}/{repo}/issues' to https://evil.example:443");
    harness.github.verify(1, getRequestedFor(anyUrl()));
  }

  @Test
  void refusesANextLinkToAnotherPortOrScheme() {
    harness.github.stubFor(
        get(anyUrl())
            .willReturn(
                okJson("[]")
                    .withHeader(
                        "Link",
                        "<https://127.0.0.1:" + harness.github.port() + "/x>; rel=\"next\"")));

    assertThatThrownBy(() -> issues().toList()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void graphqlPostsQueryAndVariablesAndReturnsData() {
    harness.github.stubFor(
        post("/graphql").willReturn(okJson("{\"data\":{\"viewer\":{\"login\":\"bot\"}}}")));

    JsonNode data = github.graphql("query($n:Int!){viewer{login}}", Map.of("n", 1));

    assertThat(data.get("viewer").get("login").getStringValue()).isEqualTo("bot");
    harness.github.verify(
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(
                equalToJson(
                    "{\"query\":\"query($n:Int!){viewer{login}}\",\"variables\":{\"n\":1}}")));
  }

  @Test
  void graphqlErrorsThrowWithTheirMessages() {
    harness.github.stubFor(
        post("/graphql")
            .willReturn(
                okJson(
                    "{\"data\":null,\"errors\":[{\"message\":\"Field 'x' doesn't exist\"},{\"message\":\"Second\"}]}")));

    assertThatThrownBy(() -> github.graphql("{x}", Map.of()))
        .isInstanceOfSatisfying(
            GitHubApiException.class,
            e -> {
              assertThat(e.route()).isEqualTo("POST /graphql");
              assertThat(e.githubMessage()).isEqualTo("Field 'x' doesn't exist; Second");
            });
  }

  @Test
  void paginatingAWriteRouteIsRefused() {
    assertThatThrownBy(() -> github.paginate("POST /repos/{owner}/{repo}/issues", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
