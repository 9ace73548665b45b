package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.sample.web.FakeGitHubWeb;
import dev.botwright.sample.web.WebUiProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads the DEBUG log the unit tests of this module wrote ({@code target/test-debug.log}, see
 * {@code logback-test.xml}) and fails if a secret of the testing kit reached it. The kit's secrets
 * are random per run, so this looks for their shapes; the kit's own detector checks exact values
 * while the tests run.
 */
class TestLogLeakIT {

  private static final Path LOG = Path.of("target/test-debug.log");

  /** The kit's webhook secret is {@code test-secret-<uuid>}. */
  private static final Pattern KIT_WEBHOOK_SECRET =
      Pattern.compile("test-secret-[0-9a-f]{8}-[0-9a-f]{4}-");

  /** 64 base64 characters, not all hex (commit ids and hashes are): a PEM body line. */
  private static final Pattern PEM_LINE =
      Pattern.compile("(?=[A-Za-z0-9+/]*[g-zG-Z+/])[A-Za-z0-9+/]{64}");

  private static final Pattern PEM_ARMOUR = Pattern.compile("PRIVATE KEY-----");

  @Test
  void theUnitTestsLoggedAtDebugWithoutASecret() throws Exception {
    assertThat(LOG)
        .as("%s is written by the unit tests; run them first (mvn verify)", LOG)
        .exists();
    List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
    assertThat(lines.stream().filter(line -> line.contains(" DEBUG ")))
        .as("DEBUG lines in %s; without them this check proves nothing", LOG)
        .hasSizeGreaterThan(1000);
    assertThat(lines.stream().filter(line -> line.contains(" DEBUG ") && line.contains("minted")))
        .as("Botwright's DEBUG lines about the tokens it minted")
        .isNotEmpty();

    List<String> leaks =
        new LogLeaks()
            .value("a token minted by the kit's FakeGitHub", "ghs_fake_token_")
            .value("the web pages' user token", FakeGitHubWeb.USER_TOKEN)
            .value("the web pages' installation token", FakeGitHubWeb.INSTALLATION_TOKEN)
            .value("the web pages' OAuth client secret", FakeGitHubWeb.CLIENT_SECRET)
            .value("the web pages' OAuth code", FakeGitHubWeb.CODE)
            .value("the web pages' session key", WebUiProperties.SESSION_KEY)
            .shape(KIT_WEBHOOK_SECRET)
            .shape(PEM_LINE)
            .shape(PEM_ARMOUR)
            .in(LOG);

    assertThat(leaks).isEmpty();
  }

  @Test
  void theShapesMatchWhatTheyAreMeantFor() {
    assertThat(KIT_WEBHOOK_SECRET.matcher("test-secret-" + java.util.UUID.randomUUID()).find())
        .isTrue();
    assertThat(PEM_LINE.matcher("MIIEowIBAAKCAQEAoFs/" + "a1B2".repeat(11)).find()).isTrue();
    assertThat(PEM_LINE.matcher("head sha " + "0123456789abcdef".repeat(4)).find()).isFalse();
    assertThat(LogLeaks.JWT.matcher("eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0NSJ9.c2ln").find())
        .isTrue();
  }
}
