package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code receive} command, as a user runs it from a checkout without
 * credentials: the greeter's comment is printed, nothing is sent, and the process exits 0.
 */
class ReceiveJarIT {

  private static final Path JAR = Path.of("target/sample-bot.jar");
  private static final Path PAYLOAD = Path.of("src/test/resources/fixtures/issues.opened.json");

  @TempDir Path workDir;

  @Test
  void aDryRunPrintsTheGreetingAndExitsZero() throws IOException, InterruptedException {
    Path stdout = workDir.resolve("stdout");
    Path stderr = workDir.resolve("stderr");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    JAR.toAbsolutePath().toString(),
                    "receive",
                    "-e",
                    "issues",
                    "-p",
                    PAYLOAD.toAbsolutePath().toString()))
            .directory(workDir.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    // No credentials, and nothing of this machine's: the run must not need GitHub.
    builder.environment().keySet().removeIf(name -> !name.equals("PATH"));
    Process process = builder.start();

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(err).isZero();
    assertThat(Files.readAllLines(stdout, StandardCharsets.UTF_8))
        .contains(
            "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
                + " /repos/Codertocat/Hello-World/issues/1/comments"
                + " {\"body\":\"Thanks for opening this issue, @Codertocat! We'll take a look"
                + " soon.\\n<!-- botwright:greeting -->\"}");
    assertThat(err).startsWith("No app credentials (APP_ID and PRIVATE_KEY or PRIVATE_KEY_PATH)");
  }
}
