package dev.botwright.internal.install;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.botwright.internal.install.RepositoryJson.list;
import static dev.botwright.internal.install.RepositoryJson.repository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import dev.botwright.install.IndexedRepository;
import dev.botwright.oauth.UserSession;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A user's repositories in an installation, asked from GitHub (WireMock, over HTTP) with the user's
 * token: every page, reused within the time to live and asked again after it, bounded, forgotten.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserRepositoriesTest {

  private static final String MEMBER_TOKEN = "ghu_member_secret_7";
  private static final String OTHER_TOKEN = "ghu_other_secret_8";
  private static final String ROUTE = "/user/installations/1/repositories";
  private static final Duration TTL = Duration.ofMinutes(2);

  private final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
  private final JsonMapper json = JsonMapper.createDefault();

  @BeforeAll
  void start() {
    github.start();
  }

  @AfterAll
  void stop() {
    github.stop();
  }

  @BeforeEach
  void stubs() {
    github.resetAll();
    // Two pages for the member: alpha, then charlie; bravo is the installation's, not theirs.
    github.stubFor(
        get(urlPathEqualTo(ROUTE))
            .withHeader("Authorization", equalTo("Bearer " + MEMBER_TOKEN))
            .withQueryParam("page", equalTo("2"))
            .willReturn(okJson(list(repository(12, "charlie")))));
    github.stubFor(
        get(urlPathEqualTo(ROUTE))
            .atPriority(10)
            .withHeader("Authorization", equalTo("Bearer " + MEMBER_TOKEN))
            .willReturn(
                okJson(list(repository(10, "alpha")))
                    .withHeader(
                        "Link", "<" + github.baseUrl() + ROUTE + "?page=2>; rel=\"next\"")));
    github.stubFor(
        get(urlPathEqualTo(ROUTE))
            .withHeader("Authorization", equalTo("Bearer " + OTHER_TOKEN))
            .willReturn(okJson(list(repository(11, "bravo")))));
    github.stubFor(
        get(urlPathEqualTo(ROUTE))
            .atPriority(20)
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));
  }

  @Test
  void everyPageIsReadWithTheUsersToken() {
    UserRepositories cache = cache(TTL, 100);

    assertThat(cache.of(member(), 1))
        .containsExactly(
            new IndexedRepository(10, "octo-org/alpha", true),
            new IndexedRepository(12, "octo-org/charlie", true));
    assertThat(requests()).isEqualTo(2);
    assertThat(github.findAll(getRequestedFor(urlPathEqualTo(ROUTE))))
        .allSatisfy(
            request ->
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + MEMBER_TOKEN));
  }

  @Test
  void aSecondCallWithinTheTimeToLiveAsksNothingAndOneAfterItAsksAgain() {
    UserRepositories cache = cache(TTL, 100);
    cache.of(member(), 1);
    assertThat(requests()).isEqualTo(2);

    now.set(now.get().plus(TTL).minusSeconds(1));
    assertThat(cache.of(member(), 1)).hasSize(2);
    assertThat(requests()).isEqualTo(2);

    now.set(now.get().plusSeconds(1));
    assertThat(cache.of(member(), 1)).hasSize(2);
    assertThat(requests()).isEqualTo(4);
  }

  @Test
  void eachUserHasTheirOwnList() {
    UserRepositories cache = cache(TTL, 100);
    cache.of(member(), 1);

    assertThat(cache.of(session(8, OTHER_TOKEN), 1))
        .extracting(IndexedRepository::fullName)
        .containsExactly("octo-org/bravo");
    assertThat(cache.of(member(), 1))
        .extracting(IndexedRepository::fullName)
        .containsExactly("octo-org/alpha", "octo-org/charlie");
    assertThat(requests()).isEqualTo(3);
  }

  @Test
  void forgettingAUserOrAnInstallationAsksAgain() {
    UserRepositories cache = cache(TTL, 100);
    cache.of(member(), 1);

    cache.forgetInstallation(1);
    cache.of(member(), 1);
    assertThat(requests()).isEqualTo(4);

    cache.forgetUser(7);
    cache.of(member(), 1);
    assertThat(requests()).isEqualTo(6);

    cache.forgetUser(8);
    cache.forgetInstallation(2);
    cache.of(member(), 1);
    assertThat(requests()).isEqualTo(6);
  }

  @Test
  void theLeastRecentlyUsedListGoesFirstBeyondTheBound() {
    UserRepositories cache = cache(TTL, 2);
    cache.of(member(), 1); // two repositories: the whole bound
    cache.of(session(8, OTHER_TOKEN), 1); // one more: the member's list goes
    assertThat(requests()).isEqualTo(3);

    cache.of(session(8, OTHER_TOKEN), 1);
    assertThat(requests()).isEqualTo(3);
    cache.of(member(), 1);
    assertThat(requests()).isEqualTo(5);
  }

  @Test
  void aListFetchedWhileItsInstallationChangedIsNotKept() {
    UserRepositories cache = cache(TTL, 100);
    GitHubClient client = new TokenClient(github.baseUrl(), MEMBER_TOKEN, json);
    UserSession changing =
        new UserSession() {
          @Override
          public long userId() {
            return 7;
          }

          @Override
          public String login() {
            return "member";
          }

          @Override
          public Optional<String> email() {
            return Optional.empty();
          }

          @Override
          public Instant expiresAt() {
            return Instant.MAX;
          }

          @Override
          public GitHubClient github() {
            cache.forgetInstallation(1); // an installation_repositories webhook, mid-fetch
            return client;
          }
        };

    assertThat(cache.of(changing, 1)).hasSize(2);
    cache.of(member(), 1);
    assertThat(requests()).isEqualTo(4);
  }

  @Test
  void aZeroTimeToLiveAsksEveryTime() {
    UserRepositories cache = cache(Duration.ZERO, 100);
    cache.of(member(), 1);
    cache.of(member(), 1);
    assertThat(requests()).isEqualTo(4);
  }

  @Test
  void anInstallationGitHubDoesNotListForTheUserHasNoRepositories() {
    github.stubFor(
        get(urlPathEqualTo("/user/installations/2/repositories"))
            .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"Not Found\"}")));

    assertThat(cache(TTL, 100).of(member(), 2)).isEmpty();
  }

  @Test
  void aRejectedTokenIsAnErrorNotAnEmptyList() {
    assertThatThrownBy(() -> cache(TTL, 100).of(session(7, "ghu_revoked"), 1))
        .isInstanceOfSatisfying(
            GitHubApiException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void aNegativeTimeToLiveOrBoundIsRefusedWithTheSettingsName() {
    assertThatThrownBy(() -> cache(Duration.ofSeconds(-1), 1))
        .hasMessage("botwright.install.user-access-ttl must not be negative, but is PT-1S.");
    assertThatThrownBy(() -> cache(TTL, -1))
        .hasMessage(
            "botwright.install.user-access-max-repositories must not be negative, but is -1.");
  }

  private UserRepositories cache(Duration ttl, int capacity) {
    return new UserRepositories(ttl, capacity, now::get);
  }

  private UserSession member() {
    return session(7, MEMBER_TOKEN);
  }

  private UserSession session(long id, String token) {
    return new InstallTestBeans.Session(
        id, "user" + id, new TokenClient(github.baseUrl(), token, json));
  }

  private int requests() {
    return github.findAll(getRequestedFor(urlPathEqualTo(ROUTE))).size();
  }
}
