package dev.botwright.internal.install;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.botwright.install.IndexedInstallation;
import dev.botwright.install.IndexedRepository;
import dev.botwright.install.InstallationIndex;
import dev.botwright.internal.dispatch.HandlerRegistry;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Webhooks keep the index current: each installation event, renames and revocations; and make the
 * users' repositories of a changed installation (or of a revoked user) be asked from GitHub again.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexUpdaterTest implements TestPropertyProvider {

  private static final String ORG =
      "{\"login\":\"octo-org\",\"id\":9,\"node_id\":\"O_9\",\"type\":\"Organization\","
          + "\"avatar_url\":\"https://avatars.example.test/9\","
          + "\"html_url\":\"https://github.example.test/octo-org\"}";
  private static final String SENDER = "{\"login\":\"octocat\",\"id\":7,\"type\":\"User\"}";

  private final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

  @Inject EmbeddedServer server;
  @Inject InstallationIndex index;
  @Inject UserRepositories users;
  @Inject JsonMapper json;
  @Inject InstallTestBeans.HeaderSessions revocations;
  @Inject HandlerRegistry registry;

  IndexUpdaterTest() {
    github.start();
  }

  @Override
  public Map<String, String> getProperties() {
    return InstallTestBeans.properties(github.baseUrl());
  }

  @BeforeEach
  void clean() {
    index.delete(42);
    revocations.revoked.clear();
  }

  @AfterAll
  void stop() {
    github.stop();
  }

  @Test
  void aChangedInstallationOrARevokedUserIsAskedAgainNotAnsweredFromWhatUsersWereShown() {
    github.stubFor(
        WireMock.get(urlPathEqualTo("/user/installations/42/repositories"))
            .willReturn(okJson("{\"total_count\":1,\"repositories\":[" + repo(100, "web") + "]}")));
    send("installation", installation("created", null, "[" + repo(100, "web") + "]"));
    awaitUntil(() -> index.installation(42).isPresent());
    var member =
        new InstallTestBeans.Session(
            7, "octocat", new TokenClient(github.baseUrl(), "ghu_7", json));
    users.of(member, 42);
    users.of(member, 42);
    assertThat(userListings()).isEqualTo(1);

    send("installation_repositories", repositories("removed", "[]", "[" + repo(100, "web") + "]"));
    awaitUntil(() -> index.repositories(42).isEmpty());
    users.of(member, 42);
    assertThat(userListings()).isEqualTo(2);

    send("github_app_authorization", "{\"action\":\"revoked\",\"sender\":" + SENDER + "}");
    awaitUntil(() -> revocations.revoked.contains(7L));
    users.of(member, 42);
    assertThat(userListings()).isEqualTo(3);
  }

  @Test
  void theIndexListensToInstallationEventsWhenEnabled() {
    assertThat(registry.listensTo("installation", "created")).isTrue();
    assertThat(registry.listensTo("installation_repositories", "removed")).isTrue();
    assertThat(registry.listensTo("installation_target", "renamed")).isTrue();
    assertThat(registry.listensTo("github_app_authorization", "revoked")).isTrue();
  }

  @Test
  void createdSuspendUnsuspendPermissionsAndDeleted() {
    send("installation", installation("created", null, "[" + repo(100, "web") + "]"));
    awaitUntil(() -> index.installation(42).isPresent());
    assertThat(index.installation(42))
        .contains(new IndexedInstallation(42, "octo-org", "Organization", false));
    assertThat(index.repositories(42))
        .containsExactly(new IndexedRepository(100, "octo-org/web", false));

    send("installation", installation("suspend", "\"2024-01-01T00:00:00Z\"", "null"));
    awaitUntil(() -> index.installation(42).orElseThrow().suspended());

    send("installation", installation("unsuspend", null, "null"));
    awaitUntil(() -> !index.installation(42).orElseThrow().suspended());

    send("installation", installation("new_permissions_accepted", null, "null"));
    index.link(7, 42);
    await().during(Duration.ofMillis(200)).until(() -> index.installation(42).isPresent());
    assertThat(index.repositories(42)).hasSize(1);

    send("installation", installation("deleted", null, "null"));
    awaitUntil(() -> index.installation(42).isEmpty());
    assertThat(index.repositories(42)).isEmpty();
    assertThat(index.installationsOf(7)).isEmpty();
  }

  @Test
  void repositoriesAddedAndRemoved() {
    send("installation", installation("created", null, "[" + repo(100, "web") + "]"));
    awaitUntil(() -> index.installation(42).isPresent());

    send("installation_repositories", repositories("added", "[" + repo(101, "api") + "]", "[]"));
    awaitUntil(() -> index.repositories(42).size() == 2);

    send("installation_repositories", repositories("removed", "[]", "[" + repo(100, "web") + "]"));
    awaitUntil(() -> index.repositories(42).size() == 1);
    assertThat(index.repositories(42))
        .extracting(IndexedRepository::fullName)
        .containsExactly("octo-org/api");
  }

  @Test
  void aRenamedAccountIsRenamedInTheIndex() {
    send("installation", installation("created", null, "[]"));
    awaitUntil(() -> index.installation(42).isPresent());

    send(
        "installation_target",
        "{\"action\":\"renamed\",\"account\":{\"login\":\"octo-renamed\",\"id\":9},"
            + "\"changes\":{\"login\":{\"from\":\"octo-org\"}},\"target_type\":\"Organization\","
            + "\"installation\":{\"id\":42},\"sender\":"
            + SENDER
            + "}");

    awaitUntil(() -> index.installation(42).orElseThrow().account().equals("octo-renamed"));
  }

  @Test
  void aRevokedAuthorizationUnlinksTheUserAndEndsTheirSessions() {
    send("installation", installation("created", null, "[]"));
    awaitUntil(() -> index.installation(42).isPresent());
    index.link(7, 42);
    index.link(8, 42);

    send("github_app_authorization", "{\"action\":\"revoked\",\"sender\":" + SENDER + "}");

    awaitUntil(() -> revocations.revoked.contains(7L));
    assertThat(index.installationsOf(7)).isEmpty();
    assertThat(index.installationsOf(8)).extracting(IndexedInstallation::id).containsExactly(42L);
    assertThat(revocations.revoked).containsExactly(7L);
  }

  private static String installation(String action, String suspendedAt, String repositories) {
    return "{\"action\":\""
        + action
        + "\",\"installation\":{\"id\":42,\"account\":"
        + ORG
        + ",\"target_type\":\"Organization\",\"suspended_at\":"
        + suspendedAt
        + ",\"permissions\":{},\"events\":[]},\"repositories\":"
        + repositories
        + ",\"sender\":"
        + SENDER
        + "}";
  }

  private static String repositories(String action, String added, String removed) {
    return "{\"action\":\""
        + action
        + "\",\"installation\":{\"id\":42,\"account\":"
        + ORG
        + ",\"permissions\":{},\"events\":[]},\"repository_selection\":\"selected\","
        + "\"repositories_added\":"
        + added
        + ",\"repositories_removed\":"
        + removed
        + ",\"sender\":"
        + SENDER
        + "}";
  }

  private static String repo(long id, String name) {
    return "{\"id\":"
        + id
        + ",\"node_id\":\"R_"
        + id
        + "\",\"name\":\""
        + name
        + "\",\"full_name\":\"octo-org/"
        + name
        + "\",\"private\":false}";
  }

  private void send(String event, String json) {
    InstallWebhooks.send(server, event, json);
  }

  private int userListings() {
    return github
        .findAll(getRequestedFor(urlPathEqualTo("/user/installations/42/repositories")))
        .size();
  }

  private static void awaitUntil(BooleanSupplier condition) {
    await().atMost(Duration.ofSeconds(10)).until(condition::getAsBoolean);
  }
}
