package dev.botwright.internal.setup;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * What the headless-Chromium tests share: the check that the browser, Node and playwright-core are
 * there, and one run of a script from {@code src/test/browser} whose last output line is its JSON
 * result.
 */
public final class BrowserRun {

  /** The scripts, and their package.json. */
  public static final Path BROWSER_DIR = Path.of("src/test/browser");

  private BrowserRun() {}

  /** The chromium binary: {@code BOTWRIGHT_CHROMIUM}, else Debian's. */
  public static String chromium() {
    return System.getenv().getOrDefault("BOTWRIGHT_CHROMIUM", "/usr/bin/chromium");
  }

  /**
   * Makes sure the browser, Node and playwright-core are there. playwright-core is installed with
   * {@code npm ci} when missing. A missing browser or Node fails the test where browser tests are
   * required ({@code BOTWRIGHT_BROWSER_TESTS=required}, as {@code .ci/run} sets); elsewhere, so
   * that the README's test command works on a machine with only a JDK, the test is reported as
   * skipped with what to install.
   */
  public static void requireTools(String test) throws Exception {
    String chromium = chromium();
    if (!Files.isExecutable(Path.of(chromium))) {
      missing(
          test
              + " needs Debian's chromium at "
              + chromium
              + ": run `apt-get update && apt-get install -y chromium` (as .ci/run does), or point"
              + " BOTWRIGHT_CHROMIUM at a Chromium binary.");
    }
    if (!succeeds(BROWSER_DIR, Map.of(), "node", "--version")) {
      missing(test + " needs Node.js 18+ on the PATH (`node --version` failed).");
    }
    if (!Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core"))
        && !succeeds(
            BROWSER_DIR,
            Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
            "npm",
            "ci",
            "--no-audit",
            "--no-fund")) {
      fail(
          test
              + " could not install playwright-core: run `npm ci --prefix"
              + " framework/core/src/test/browser` and see what npm says.");
    }
  }

  /**
   * Runs {@code node script arguments...} in {@link #BROWSER_DIR}, its output in {@code log}, and
   * returns the last line it printed; fails the test when it does not exit 0 within 120 s.
   */
  public static String node(Path log, String script, String... arguments) throws Exception {
    String[] command = new String[arguments.length + 2];
    command[0] = "node";
    command[1] = script;
    System.arraycopy(arguments, 0, command, 2, arguments.length);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(BROWSER_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("BOTWRIGHT_CHROMIUM", chromium());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("The browser did not finish within 120 s; its output:%n%s", Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      fail("node %s exited with %d; its output:%n%s", script, process.exitValue(), output);
    }
    return output.strip().lines().reduce((a, b) -> b).orElse("");
  }

  private static void missing(String what) {
    if ("required".equals(System.getenv("BOTWRIGHT_BROWSER_TESTS"))) {
      fail(what);
    }
    Assumptions.abort(what + " Skipped here; CI (BOTWRIGHT_BROWSER_TESTS=required) runs it.");
  }

  private static boolean succeeds(Path dir, Map<String, String> env, String... command)
      throws InterruptedException {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
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
