package dev.botwright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads the DEBUG log every unit test of this module wrote ({@code target/test-debug.log}, see
 * {@code logback-test.xml}) and fails if any secret the tests use reached it. Runs in {@code
 * verify} after the unit tests, so it needs them to have run in the same build.
 */
class LogLeakIT {

  private static final Path LOG = Path.of("target/test-debug.log");
  private static final Path KEY = Path.of("src/test/resources/test-keys/app-key.pem");

  /** Every webhook secret the core tests configure or sign with. */
  private static final List<String> WEBHOOK_SECRETS =
      List.of(
          "test-webhook-secret",
          "current-secret",
          "previous-secret",
          "queue-secret",
          "It's a Secret to Everybody",
          "the new secret",
          // The OAuth tests' client secret and session keys (dev.botwright.oauth).
          "oauth-client-secret-7f3a",
          "bm9HbzBJc0FUZXN0S2V5VGhhdElzMzJCeXRlc0xvbmc=",
          "b2xkS2V5T2xkS2V5T2xkS2V5T2xkS2V5T2xkS2V5MTI=",
          "Z29uZUtleUdvbmVLZXlHb25lS2V5R29uZUtleUdvbmU=");

  /** Token values the core tests' fakes hand out, and the shapes of JWTs and signatures. */
  private static final List<Pattern> SECRET_SHAPES =
      List.of(
          Pattern.compile("\\btok-\\d+"),
          Pattern.compile("\\binstallation-\\d+"),
          Pattern.compile(Pattern.quote("opaque/token+of?any=length")),
          Pattern.compile("\\bghs_\\w+"),
          Pattern.compile("\\bgh[ur]_\\w+"),
          Pattern.compile("\\boauth-code-[\\w-]+"),
          Pattern.compile("3584d83530557fdd1f46af8289938c8ef79f9dc5"),
          Pattern.compile("botwright_(session|oauth_state)=[\\w-]{20,}"),
          Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ"),
          Pattern.compile("sha256=[0-9a-fA-F]{64}"));

  @Test
  void theUnitTestsLoggedAtDebugWithoutASingleSecret() throws IOException {
    assertThat(LOG)
        .as("%s is written by the unit tests; run them first (mvn verify)", LOG)
        .exists();
    List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
    assertThat(lines.stream().filter(line -> line.contains(" DEBUG ")).count())
        .as("DEBUG lines in %s; without them this check proves nothing", LOG)
        .isGreaterThan(1000);
    assertThat(lines.stream().filter(line -> line.contains(" DEBUG [") && line.contains("d.b.")))
        .as("DEBUG lines from Botwright itself")
        .isNotEmpty();

    List<String> secrets = new ArrayList<>(WEBHOOK_SECRETS);
    secrets.addAll(pemBodyLines());
    List<String> leaks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (String secret : secrets) {
        if (line.contains(secret)) {
          leaks.add(describe(i, "a secret configured by the tests"));
        }
      }
      for (Pattern shape : SECRET_SHAPES) {
        if (shape.matcher(line).find()) {
          leaks.add(describe(i, "a value matching " + shape.pattern()));
        }
      }
    }
    assertThat(leaks).as("secrets in %s", LOG).isEmpty();
  }

  @Test
  void theKeyCheckLooksForRealKeyLines() throws IOException {
    assertThat(pemBodyLines()).hasSizeGreaterThan(20).allMatch(line -> line.length() >= 40);
  }

  private static List<String> pemBodyLines() throws IOException {
    return Files.readAllLines(KEY, StandardCharsets.US_ASCII).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("-----"))
        .toList();
  }

  /** Names the line, never the secret, so the failure report does not leak it again. */
  private static String describe(int index, String what) {
    return LOG + " line " + (index + 1) + " contains " + what;
  }
}
