package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.botwright.github.GitHubClients;
import dev.botwright.internal.auth.AppJwt;
import dev.botwright.internal.auth.InstallationTokens;
import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import dev.botwright.spi.WriteSlots;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GitHubClientsWiringTest {

  private final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
  private ApplicationContext context;

  @AfterEach
  void stop() {
    if (context != null) {
      context.close();
    }
    github.stop();
  }

  @Test
  void oneBeanServesGitHubClientsAndEventClientsAndMintsOnFirstRequest() {
    github.start();
    github.stubFor(get("/repos/o/r").willReturn(okJson("{\"id\":1}")));
    context =
        ApplicationContext.run(
            Map.of(
                "botwright.github.api-url",
                "http://127.0.0.1:" + github.port() + "/",
                "botwright.test.fake-auth",
                "true"));

    GitHubClients clients = context.getBean(GitHubClients.class);
    assertThat(context.getBean(EventClients.class)).isSameAs(clients);
    CountingTokens tokens = context.getBean(CountingTokens.class);

    var client = context.getBean(EventClients.class).forDelivery(5, "abc");
    assertThat(tokens.gets).hasValue(0);
    client.request("GET /repos/{owner}/{repo}", Map.of("owner", "o", "repo", "r"));

    assertThat(tokens.gets).hasValue(1);
    github.verify(
        getRequestedFor(urlEqualTo("/repos/o/r"))
            .withHeader("Authorization", equalTo("token installation-5"))
            .withHeader("User-Agent", equalTo("botwright"))
            .withHeader("X-GitHub-Delivery", equalTo("abc")));
  }

  @Test
  void mintsThroughTheAppClientsHttpClientUnderAnEnterpriseBaseUrl() {
    github.start();
    github.stubFor(
        post("/api/v3/app/installations/5/access_tokens")
            .willReturn(
                jsonResponse("{\"token\":\"t-5\",\"expires_at\":\"2099-01-01T00:00:00Z\"}", 201)));
    github.stubFor(get("/api/v3/repos/o/r").willReturn(okJson("{\"id\":1}")));
    context =
        ApplicationContext.run(
            Map.of(
                "botwright.github.api-url",
                "http://127.0.0.1:" + github.port() + "/api/v3/",
                "botwright.github.user-agent",
                "wiring-test",
                "botwright.app.id",
                "1",
                "botwright.app.private-key-path",
                "src/test/resources/test-keys/app-key.pem",
                "botwright.webhook.secrets",
                "s"));

    context
        .getBean(GitHubClients.class)
        .installation(5)
        .request("GET /repos/{owner}/{repo}", Map.of("owner", "o", "repo", "r"));

    github.verify(
        postRequestedFor(urlEqualTo("/api/v3/app/installations/5/access_tokens"))
            .withHeader("Authorization", matching("Bearer [^ ]+\\.[^ ]+\\.[^ ]+"))
            .withHeader("User-Agent", equalTo("wiring-test")));
    github.verify(
        getRequestedFor(urlEqualTo("/api/v3/repos/o/r"))
            .withHeader("Authorization", equalTo("token t-5"))
            .withHeader("User-Agent", equalTo("wiring-test")));
  }

  @Test
  void aDeclaredWriteSlotsBeanReplacesThisProcesssOwn() {
    github.start();
    github.stubFor(post("/repos/o/r/issues").willReturn(jsonResponse("{\"id\":1}", 201)));
    context =
        ApplicationContext.run(
            Map.of(
                "botwright.github.api-url",
                "http://127.0.0.1:" + github.port() + "/",
                "botwright.client.pacing",
                "true",
                "botwright.test.fake-auth",
                "true"));

    context
        .getBean(GitHubClients.class)
        .installation(7)
        .request(
            "POST /repos/{owner}/{repo}/issues", Map.of("owner", "o", "repo", "r", "title", "t"));

    assertThat(context.getBean(WriteSlots.class)).isInstanceOf(SharedSlots.class);
    assertThat(context.getBean(SharedSlots.class).installations).containsExactly(7L);
  }

  @Test
  void withoutADeclaredWriteSlotsBeanTheSlotsAreThisProcesss() {
    context = ApplicationContext.run();

    assertThat(context.getBean(WriteSlots.class)).isInstanceOf(InMemoryWriteSlots.class);
  }

  /** Shared write slots, as the Redis mode declares, in this test only. */
  @Singleton
  @Requires(property = "botwright.test.fake-auth", value = "true")
  static class SharedSlots implements WriteSlots {
    final List<Long> installations = new CopyOnWriteArrayList<>();

    @Override
    public Duration reserve(long installationId, Duration interval) {
      installations.add(installationId);
      return Duration.ZERO;
    }
  }

  /** Stands in for the real token service in this test only. */
  @Singleton
  @Replaces(InstallationTokens.class)
  @Requires(property = "botwright.test.fake-auth", value = "true")
  static class CountingTokens implements InstallationTokens {
    final AtomicInteger gets = new AtomicInteger();

    @Override
    public Token get(Key key) {
      gets.incrementAndGet();
      Instant minted = Instant.now().minusSeconds(60);
      return new Token("installation-" + key.installationId(), minted.plusSeconds(3600), minted);
    }

    @Override
    public void invalidate(Key key, Token rejected) {}
  }

  /** Stands in for the real JWT signer in this test only. */
  @Singleton
  @Replaces(AppJwt.class)
  @Requires(property = "botwright.test.fake-auth", value = "true")
  static class FixedJwt implements AppJwt {
    @Override
    public String current() {
      return "jwt";
    }

    @Override
    public void correctClock(Instant githubNow) {}
  }
}
