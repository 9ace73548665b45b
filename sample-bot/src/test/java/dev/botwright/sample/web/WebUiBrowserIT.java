package dev.botwright.sample.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.botwright.install.InstallationIndex;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A real browser uses the sample's pages: headless Debian chromium, driven by playwright-core from
 * {@code src/test/browser}, against the sample with sign-in on and a fake GitHub. Requirements: see
 * {@code src/test/browser/README.md}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiBrowserIT implements TestPropertyProvider {

  static final Path BROWSER_DIR = Path.of("src/test/browser");
  static final Path OUTPUT = Path.of("target/web-ui-browser/node-output.txt");

  private final FakeGitHubWeb github = new FakeGitHubWeb();

  @Inject EmbeddedServer server;
  @Inject InstallationIndex index;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    return WebUiProperties.of(github);
  }

  @AfterAll
  void stop() {
    github.close();
  }

  @Test
  void signInSeeInstallationsOpenAFileInstallAndSignOut() throws Exception {
    String chromium = System.getenv().getOrDefault("BOTWRIGHT_CHROMIUM", "/usr/bin/chromium");
    requireTools(chromium);
    String bot = "http://localhost:" + server.getPort();

    JsonNode result = runBrowser(bot, chromium);

    assertThat(result.get("signInShown").getBooleanValue()).isTrue();
    assertThat(result.get("login").getStringValue()).isEqualTo("octocat");
    assertThat(strings(result.get("installations"))).containsExactly("octo-org");
    assertThat(strings(result.get("repositories"))).containsExactly("octo-org/web");
    assertThat(result.get("fileUrl").getStringValue())
        .startsWith(bot + "/file?repo=octo-org%2Fweb");
    assertThat(result.get("source").getStringValue()).isEqualTo(FakeGitHubWeb.README);
    assertThat(result.get("installUrl").getStringValue())
        .startsWith(github.url() + "/apps/" + FakeGitHubWeb.SLUG + "/installations/new?state=eyJ");
    assertThat(result.get("forgedStatus").getIntValue()).isEqualTo(403);
    assertThat(result.get("forgedMessage").getStringValue())
        .contains("does not list installation 999");
    assertThat(result.get("linkedStatus").getIntValue()).isEqualTo(200);
    assertThat(result.get("linkedUrl").getStringValue()).isEqualTo(bot + "/");
    assertThat(index.installation(999)).isEmpty();
    assertThat(index.installationsOf(7)).extracting(i -> i.id()).containsExactly(42L);
    assertThat(result.get("signedOut").getBooleanValue()).isTrue();
    assertThat(strings(result.get("cookiesAfterSignOut")))
        .doesNotContain("botwright_session", "botwright_session_refresh");
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new java.util.ArrayList<>();
    array.values().forEach(value -> values.add(value.getStringValue()));
    return values;
  }

  private JsonNode runBrowser(String bot, String chromium) throws Exception {
    Files.createDirectories(OUTPUT.getParent());
    ProcessBuilder builder =
        new ProcessBuilder("node", "webui.mjs", bot)
            .directory(BROWSER_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(OUTPUT.toFile());
    builder.environment().put("BOTWRIGHT_CHROMIUM", chromium);
    Process process = builder.start();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        fail("The browser did not finish within 120 s; its output:%n%s", Files.readString(OUTPUT));
      }
    } finally {
      // Also when the test fails or is interrupted: no node or chromium outlives it.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    String output = Files.readString(OUTPUT, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      fail("node webui.mjs exited with %d; its output:%n%s", process.exitValue(), output);
    }
    String last = output.strip().lines().reduce((a, b) -> b).orElse("");
    return json.readValue(last, JsonNode.class);
  }

  /**
   * Makes sure the browser, Node and playwright-core are there (playwright-core is installed with
   * {@code npm ci} when missing). A missing browser or Node fails the test where browser tests are
   * required ({@code BOTWRIGHT_BROWSER_TESTS=required}, as {@code .ci/run} sets); elsewhere the
   * test is reported as skipped with what to install.
   */
  private static void requireTools(String chromium) throws Exception {
    if (!Files.isExecutable(Path.of(chromium))) {
      missing(
          "WebUiBrowserIT needs Debian's chromium at "
              + chromium
              + ": run `apt-get update && apt-get install -y chromium` (as .ci/run does), or point"
              + " BOTWRIGHT_CHROMIUM at a Chromium binary.");
    }
    if (!succeeds(Map.of(), "node", "--version")) {
      missing("WebUiBrowserIT needs Node.js 18+ on the PATH (`node --version` failed).");
    }
    if (!Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core"))
        && !succeeds(
            Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
            "npm",
            "ci",
            "--no-audit",
            "--no-fund")) {
      fail(
          "WebUiBrowserIT could not install playwright-core: run `npm ci --prefix"
              + " sample-bot/src/test/browser` and see what npm says.");
    }
  }

  private static void missing(String what) {
    if ("required".equals(System.getenv("BOTWRIGHT_BROWSER_TESTS"))) {
      fail(what);
    }
    Assumptions.abort(what + " Skipped here; CI (BOTWRIGHT_BROWSER_TESTS=required) runs it.");
  }

  private static boolean succeeds(Map<String, String> env, String... command)
      throws InterruptedException {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(BROWSER_DIR.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
