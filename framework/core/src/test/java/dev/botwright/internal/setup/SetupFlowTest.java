package dev.botwright.internal.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole manifest flow over HTTP, the browser played by hand: register page, GitHub's fake,
 * callback, credentials file, and a signed webhook with the new secret handled by a handler that
 * calls GitHub with a token minted by the new key; all in one process without a restart.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetupFlowTest implements TestPropertyProvider {

  private final FakeGitHubApps github = new FakeGitHubApps();
  private final Path dir = tempDir();
  private final Path credentials = dir.resolve(".env");

  @Inject EmbeddedServer server;
  @Inject SetupTestBeans.Commenter commenter;

  @Override
  public Map<String, String> getProperties() {
    return SetupProperties.unconfigured(github, credentials);
  }

  @AfterAll
  void stop() {
    github.close();
  }

  @Test
  void registersTheAppAndHandlesTheNextWebhookWithoutARestart() throws Exception {
    Files.writeString(credentials, "# my bot\nLOG_LEVEL=debug\nAPP_ID=\n", StandardCharsets.UTF_8);
    URI base = server.getURI();
    assertThat(SignedWebhook.issueOpened(base, "before", "anything").statusCode()).isEqualTo(503);

    HttpResponse<String> page = SetupHttp.get(base.resolve("/setup"));
    assertThat(page.statusCode()).isEqualTo(200);
    String action = SetupHttp.attribute(page.body(), "action");
    String cookie =
        SetupController.STATE_COOKIE + "=" + SetupHttp.cookie(page, SetupController.STATE_COOKIE);
    HttpResponse<String> atGitHub =
        SetupHttp.send(
            HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "manifest="
                            + java.net.URLEncoder.encode(
                                SetupHttp.hidden(page.body(), "manifest"), StandardCharsets.UTF_8)))
                .build());
    assertThat(atGitHub.statusCode()).isEqualTo(302);
    URI callback = URI.create(atGitHub.headers().firstValue("Location").orElseThrow());
    assertThat(callback.getPath()).isEqualTo("/setup/callback");

    HttpResponse<String> done = SetupHttp.get(callback, "Cookie", cookie);

    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .contains("is set up")
        .contains(
            "href=\"" + github.url() + "/apps/" + FakeGitHubApps.SLUG + "/installations/new\"")
        .doesNotContain(FakeGitHubApps.WEBHOOK_SECRET)
        .doesNotContain(FakeGitHubApps.CLIENT_SECRET)
        .doesNotContain("PRIVATE KEY");
    assertThat(done.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    SetupAssertions.assertCredentialsFile(credentials, github);
    assertThat(Files.readString(credentials))
        .startsWith("# my bot\nLOG_LEVEL=debug\nAPP_ID=424242\n");

    String id = UUID.randomUUID().toString();
    assertThat(SignedWebhook.issueOpened(base, id, "anything").statusCode()).isEqualTo(401);
    assertThat(SignedWebhook.issueOpened(base, id, FakeGitHubApps.WEBHOOK_SECRET).statusCode())
        .isEqualTo(202);
    await().atMost(Duration.ofSeconds(10)).until(() -> commenter.handled.contains(id));
    SetupAssertions.assertTokenMintedWithTheNewKey(github);

    // Setup is over: its routes are gone, the callback cannot be replayed, / is not redirected.
    assertThat(SetupHttp.get(base.resolve("/setup")).statusCode()).isEqualTo(404);
    assertThat(SetupHttp.get(callback, "Cookie", cookie).statusCode()).isEqualTo(404);
    assertThat(SetupHttp.get(base.resolve("/setup/import")).statusCode()).isEqualTo(404);
    assertThat(SetupHttp.get(base.resolve("/")).statusCode()).isEqualTo(404);
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("botwright-setup");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
