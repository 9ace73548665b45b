package dev.botwright.internal.install;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.botwright.internal.install.RepositoryJson.list;
import static dev.botwright.internal.install.RepositoryJson.repository;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.botwright.install.IndexedInstallation;
import dev.botwright.install.IndexedRepository;
import dev.botwright.install.InstallationAccess;
import dev.botwright.install.InstallationIndex;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The attack: a member who can reach one private repository of an installation must not be shown,
 * or be allowed to act on, the installation's other private repositories. GitHub (WireMock) lists
 * installation 1 for the member, the installation reaches private {@code octo-org/alpha} and {@code
 * octo-org/bravo}, and {@code GET /user/installations/1/repositories} lists only alpha.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartialAccessTest implements TestPropertyProvider {

  private static final String MEMBER_TOKEN = "ghu_partial_member_secret";
  private static final String INSTALLATION_TOKEN = "ghs_partial_installation_secret";

  private final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

  @Inject InstallationAccess access;
  @Inject InstallationIndex index;
  @Inject JsonMapper json;

  PartialAccessTest() {
    github.start();
  }

  @Override
  public Map<String, String> getProperties() {
    return InstallTestBeans.properties(github.baseUrl());
  }

  @BeforeEach
  void stubs() {
    github.resetAll();
    index.delete(1);
    index.unlinkUser(7);
    access.forget(7);
    String member = "Bearer " + MEMBER_TOKEN;
    github.stubFor(
        WireMock.get(urlPathEqualTo("/user/installations"))
            .withHeader("Authorization", equalTo(member))
            .willReturn(
                okJson(
                    "{\"total_count\":1,\"installations\":[{\"id\":1,\"account\":"
                        + "{\"login\":\"octo-org\",\"id\":9},\"target_type\":\"Organization\"}]}")));
    github.stubFor(
        post(urlPathEqualTo("/app/installations/1/access_tokens"))
            .willReturn(
                okJson(
                        "{\"token\":\""
                            + INSTALLATION_TOKEN
                            + "\",\"expires_at\":\"2099-01-01T00:00:00Z\"}")
                    .withStatus(201)));
    github.stubFor(
        WireMock.get(urlPathEqualTo("/installation/repositories"))
            .withHeader("Authorization", equalTo("token " + INSTALLATION_TOKEN))
            .willReturn(okJson(list(repository(10, "alpha"), repository(11, "bravo")))));
    github.stubFor(
        WireMock.get(urlPathEqualTo("/user/installations/1/repositories"))
            .withHeader("Authorization", equalTo(member))
            .willReturn(okJson(list(repository(10, "alpha")))));
    github.stubFor(
        WireMock.get(urlPathEqualTo("/user/installations/1/repositories"))
            .atPriority(10)
            .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"Not Found\"}")));
  }

  @AfterAll
  void stop() {
    github.stop();
  }

  @Test
  void aPartialAccessMemberSeesAndMayActOnlyOnTheRepositoryGitHubListsForThem() {
    InstallTestBeans.Session member = session(7, MEMBER_TOKEN);

    assertThat(access.verify(member)).extracting(IndexedInstallation::id).containsExactly(1L);

    // The app's own view keeps everything the installation reaches ...
    assertThat(index.repositories(1))
        .extracting(IndexedRepository::fullName)
        .containsExactly("octo-org/alpha", "octo-org/bravo");
    // ... but the member is answered only from GitHub's list for the member's token.
    assertThat(access.repositories(member, 1))
        .containsExactly(new IndexedRepository(10, "octo-org/alpha", true));
    assertThat(access.repository(member, "octo-org/bravo")).isEmpty();
    assertThat(access.repository(member, "OCTO-ORG/BRAVO")).isEmpty();
    assertThat(access.repository(member, "octo-org/alpha"))
        .contains(new IndexedRepository(10, "octo-org/alpha", true));
    assertThat(
            github.findAll(getRequestedFor(urlPathEqualTo("/user/installations/1/repositories"))))
        .hasSize(1)
        .allSatisfy(
            request ->
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + MEMBER_TOKEN));
  }

  @Test
  void anInstallationNotLinkedToTheUserAnswersNothingWithoutAskingGitHub() {
    InstallTestBeans.Session stranger = session(8, "ghu_stranger_secret");

    assertThat(access.repositories(stranger, 1)).isEmpty();
    assertThat(access.repository(stranger, "octo-org/alpha")).isEmpty();
    assertThat(
            github.findAll(getRequestedFor(urlPathEqualTo("/user/installations/1/repositories"))))
        .isEmpty();
  }

  @Test
  void aUserWhoLostAccessAfterBeingLinkedSeesNothing() {
    index.save(new IndexedInstallation(1, "octo-org", "Organization", false));
    index.link(8, 1); // linked once; GitHub no longer lists the installation for them (404)
    InstallTestBeans.Session former = session(8, "ghu_former_member_secret");

    assertThat(access.repositories(former, 1)).isEmpty();
    assertThat(access.repository(former, "octo-org/alpha")).isEmpty();
    index.unlinkUser(8);
  }

  private InstallTestBeans.Session session(long id, String token) {
    return new InstallTestBeans.Session(
        id, "user" + id, new TokenClient(github.baseUrl(), token, json));
  }
}
