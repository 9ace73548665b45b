package dev.botwright.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A real browser registers the app: headless Debian chromium, driven by playwright-core from {@code
 * src/test/browser}, opens the setup page, clicks Register, is sent through the fake GitHub and
 * back, and reaches the success page. The running bot then accepts and handles a webhook signed
 * with the new secret. Requirements: see {@code src/test/browser/README.md}; a missing one fails
 * this test rather than skipping it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetupBrowserIT implements TestPropertyProvider {

  static final Path BROWSER_DIR = Path.of("src/test/browser");
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
    String chromium = System.getenv().getOrDefault("BOTWRIGHT_CHROMIUM", "/usr/bin/chromium");
    requireTools(chromium);
    Files.createDirectories(SCREENSHOT.getParent());
    String setupUrl = "http://localhost:" + server.getPort() + "/setup";

    JsonNode result = runBrowser(setupUrl, chromium);

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

  private JsonNode runBrowser(String setupUrl, String chromium) throws Exception {
    Path log = SCREENSHOT.resolveSibling("node-output.txt");
    ProcessBuilder builder =
        new ProcessBuilder("node", "register.mjs", setupUrl, SCREENSHOT.toAbsolutePath().toString())
            .directory(BROWSER_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("BOTWRIGHT_CHROMIUM", chromium);
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("The browser did not finish within 120 s; its output:%n%s", Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      fail("node register.mjs exited with %d; its output:%n%s", process.exitValue(), output);
    }
    String last = output.strip().lines().reduce((a, b) -> b).orElse("");
    return json.readValue(last, JsonNode.class);
  }

  /** Fails, saying what to install, when the browser, Node or playwright-core is missing. */
  private static void requireTools(String chromium) {
    if (!Files.isExecutable(Path.of(chromium))) {
      fail(
          "SetupBrowserIT needs Debian's chromium at %s: run `apt-get update && apt-get install -y"
              + " chromium` (as .ci/run does), or point BOTWRIGHT_CHROMIUM at a Chromium binary.",
          chromium);
    }
    try {
      Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      if (!node.waitFor(30, TimeUnit.SECONDS) || node.exitValue() != 0) {
        fail("SetupBrowserIT needs Node.js 18+: `node --version` failed.");
      }
    } catch (IOException | InterruptedException e) {
      fail("SetupBrowserIT needs Node.js 18+ on the PATH (`node` could not be started: %s).", e);
    }
    if (!Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core"))) {
      fail(
          "SetupBrowserIT needs playwright-core: run `npm ci --prefix"
              + " framework/core/src/test/browser` (as .ci/run does).");
    }
  }
}
