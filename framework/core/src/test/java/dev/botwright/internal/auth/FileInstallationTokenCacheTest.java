package dev.botwright.internal.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.botwright.github.GitHubClients;
import dev.botwright.spi.InstallationTokenCache;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens persisted under a key survive a restart; expired ones and foreign keys mint anew. */
class FileInstallationTokenCacheTest {

  private static final String TOKEN = "ghs_persistedtoken_secret_42";

  private final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

  @TempDir Path dir;

  @BeforeEach
  void start() {
    github.start();
    github.stubFor(
        get(urlPathEqualTo("/installation/repositories"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"total_count\":0,\"repositories\":[]}")));
  }

  @AfterEach
  void stop() {
    github.stop();
  }

  @Test
  void anUnexpiredTokenSurvivesARestartWithoutANewMint() throws Exception {
    mintsTokensExpiringAt(Instant.now().plusSeconds(3600));

    callOnce("key-one");
    callOnce("key-one");

    assertThat(mints()).isEqualTo(1);
    String file = Files.readString(dir.resolve("tokens.json"));
    assertThat(file).contains("\"installationId\":42").doesNotContain(TOKEN);
  }

  @Test
  void anExpiredTokenIsRefreshedAfterARestart() {
    // Within the 5-minute refresh margin: the core replaces it rather than use it.
    mintsTokensExpiringAt(Instant.now().plusSeconds(120));

    callOnce("key-one");
    callOnce("key-one");

    assertThat(mints()).isEqualTo(2);
  }

  @Test
  void tokensSealedWithAnotherKeyAreMintedAgain() {
    mintsTokensExpiringAt(Instant.now().plusSeconds(3600));

    callOnce("key-one");
    callOnce("key-two");

    assertThat(mints()).isEqualTo(2);
  }

  @Test
  void withoutAKeyTokensStayInMemory() {
    try (ApplicationContext context = ApplicationContext.run(properties(null), "test")) {
      assertThat(context.getBean(InstallationTokenCache.class))
          .isInstanceOf(InMemoryInstallationTokenCache.class);
    }
    assertThat(dir.resolve("tokens.json")).doesNotExist();
  }

  private void callOnce(String key) {
    try (ApplicationContext context = ApplicationContext.run(properties(key), "test")) {
      assertThat(context.getBean(InstallationTokenCache.class))
          .isInstanceOf(FileInstallationTokenCache.class);
      context
          .getBean(GitHubClients.class)
          .installation(42)
          .request("GET /installation/repositories");
    }
  }

  private Map<String, Object> properties(String key) {
    Map<String, Object> properties = new java.util.HashMap<>();
    properties.put("botwright.github.api-url", github.baseUrl());
    properties.put("botwright.tokens.store-file", dir.resolve("tokens.json").toString());
    if (key != null) {
      properties.put("botwright.tokens.store-key", key);
    }
    return properties;
  }

  private void mintsTokensExpiringAt(Instant expiresAt) {
    github.stubFor(
        post(urlPathEqualTo("/app/installations/42/access_tokens"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"token\":\"" + TOKEN + "\",\"expires_at\":\"" + expiresAt + "\"}")));
  }

  private int mints() {
    return github
        .findAll(postRequestedFor(urlPathEqualTo("/app/installations/42/access_tokens")))
        .size();
  }
}
