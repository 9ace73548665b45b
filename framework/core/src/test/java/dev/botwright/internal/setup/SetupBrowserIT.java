package dev.botwright.internal.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A real browser registers the app: headless Debian chromium, driven by playwright-core from {@code
 * src/test/browser}, opens the setup page, posts the import form once with a bad App ID (its own
 * Host and Origin pass the setup guard), clicks Register, is sent through the fake GitHub and back,
 * and reaches the success page. The running bot then accepts and handles a webhook signed with the
 * new secret. Requirements: see {@code src/test/browser/README.md}; a missing one fails this test
 * rather than skipping it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetupBrowserIT implements TestPropertyProvider {

  static final Path SCREENSHOT = Path.of("target/setup-browser/setup-page.png");

  private final FakeGitHubApps github = new FakeGitHubApps();
  // Relative paths, so the screenshot in docs/images shows them as a user would see them.
  private final Path credentials = SCREENSHOT.resolveSibling(".env");

  @Inject EmbeddedServer server;
  @Inject SetupTestBeans.Commenter commenter;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    try {
      Files.deleteIfExists(credentials);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> properties =
        new java.util.HashMap<>(SetupProperties.unconfigured(github, credentials));
    properties.put("botwright.setup.manifest", "setup/app.yml");
    return properties;
  }

  @AfterAll
  void stop() {
    github.close();
  }

  @Test
  void aBrowserRegistersTheAppAndTheBotHandlesTheNextWebhook() throws Exception {
    BrowserRun.requireTools("SetupBrowserIT");
    Files.createDirectories(SCREENSHOT.getParent());
    String setupUrl = "http://localhost:" + server.getPort() + "/setup";

    JsonNode result = runBrowser(setupUrl);

    // The import form posted by the browser itself passes the Host and Origin guard: its answer
    // is the form's own complaint about the App ID, not a 403.
    assertThat(result.get("importStatus").getIntValue()).as("import: %s", result).isEqualTo(400);
    assertThat(result.get("importProblem").getStringValue())
        .isEqualTo("The App ID must be the number shown on the app's settings page.");
    assertThat(result.get("problem").isNull()).as("error shown: %s", result).isTrue();
    assertThat(result.get("url").getStringValue())
        .startsWith("http://localhost:" + server.getPort() + "/setup/callback?code=");
    assertThat(result.get("registered").getStringValue()).contains("is set up");
    assertThat(result.get("install").getStringValue())
        .isEqualTo(github.url() + "/apps/" + FakeGitHubApps.SLUG + "/installations/new");
    assertThat(github.manifests)
        .singleElement()
        .satisfies(
            manifest ->
                assertThat(manifest)
                    .containsEntry(
                        "redirect_url", "http://localhost:" + server.getPort() + "/setup/callback")
                    .containsEntry("default_events", List.of("issues")));
    assertThat(Files.size(SCREENSHOT)).isGreaterThan(1000);
    SetupAssertions.assertCredentialsFile(credentials, github);

    String id = UUID.randomUUID().toString();
    assertThat(
            SignedWebhook.issueOpened(server.getURI(), id, FakeGitHubApps.WEBHOOK_SECRET)
                .statusCode())
        .isEqualTo(202);
    await().atMost(Duration.ofSeconds(10)).until(() -> commenter.handled.contains(id));
    SetupAssertions.assertTokenMintedWithTheNewKey(github);
  }

  private JsonNode runBrowser(String setupUrl) throws Exception {
    String last =
        BrowserRun.node(
            SCREENSHOT.resolveSibling("node-output.txt"),
            "register.mjs",
            setupUrl,
            SCREENSHOT.toAbsolutePath().toString());
    return json.readValue(last, JsonNode.class);
  }
}
