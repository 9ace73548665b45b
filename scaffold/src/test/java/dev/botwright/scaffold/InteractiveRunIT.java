package dev.botwright.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built jar on a pseudo-terminal, as a person would: util-linux's {@code script} gives it
 * a terminal, and the test answers each prompt once it appears, accepting some suggestions.
 */
class InteractiveRunIT {

  @TempDir Path work;

  @Test
  void asksOnATerminalAndTakesAnswersAndSuggestions() throws Exception {
    String command =
        Processes.createBot().stream()
            .map(InteractiveRunIT::quote)
            .reduce((a, b) -> a + " " + b)
            .orElseThrow();
    ProcessBuilder builder =
        new ProcessBuilder("script", "-qfec", command, "/dev/null")
            .directory(work.toFile())
            .redirectErrorStream(true);
    // a fixed git identity, so the suggested author is known
    Path gitConfig = work.resolve("gitconfig");
    Files.writeString(gitConfig, "[user]\n\tname = Grace Hopper\n");
    builder.environment().put("GIT_CONFIG_GLOBAL", gitConfig.toString());
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("TERM", "dumb");
    Process process = builder.start();
    Conversation terminal = new Conversation(process);

    terminal.answer("Project name (my-bot): ", "hello-bot");
    terminal.answer("Description (A GitHub App built with Botwright): ", "");
    terminal.answer("Author (Grace Hopper): ", "");
    terminal.answer("GitHub owner (", "-not-valid-");
    terminal.answer("is not a valid GitHub owner", "octo-org");
    terminal.answer("Java package (io.github.octoorg.hellobot): ", "");
    terminal.answer("Template, by name or number (basic): ", "2");
    terminal.expect("Created hello-bot (template checks");

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(terminal.transcript()).isTrue();
    assertThat(process.exitValue()).as(terminal.transcript()).isZero();
    Path project = work.resolve("hello-bot");
    assertThat(project.resolve("src/main/java/io/github/octoorg/hellobot/CheckSuiteRunner.java"))
        .exists();
    assertThat(Files.readString(project.resolve("pom.xml")))
        .contains("<artifactId>hello-bot</artifactId>")
        .contains("<name>Grace Hopper</name>")
        .contains("<description>A GitHub App built with Botwright</description>");
    assertThat(Files.readString(project.resolve("app.yml"))).contains("- check_suite");
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** Reads what the program prints and types answers once the expected text has appeared. */
  private static final class Conversation {
    private final Process process;
    private final StringBuilder seen = new StringBuilder();
    private int consumed;

    Conversation(Process process) {
      this.process = process;
      Thread reader = new Thread(this::read, "pty-reader");
      reader.setDaemon(true);
      reader.start();
    }

    private void read() {
      byte[] buffer = new byte[4096];
      try (InputStream in = process.getInputStream()) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          synchronized (seen) {
            seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            seen.notifyAll();
          }
        }
      } catch (IOException e) {
        // the process ended
      }
    }

    void expect(String text) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      synchronized (seen) {
        int at;
        while ((at = seen.indexOf(text, consumed)) < 0) {
          long left = deadline - System.nanoTime();
          if (left <= 0 || !process.isAlive() && seen.indexOf(text, consumed) < 0) {
            if (seen.indexOf(text, consumed) >= 0) {
              break;
            }
            throw new AssertionError(
                "Expected '"
                    + text
                    + "' after:\n"
                    + seen.substring(consumed)
                    + "\n--- whole transcript ---\n"
                    + seen);
          }
          seen.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, 200_000_000L))));
        }
        consumed = seen.indexOf(text, consumed) + text.length();
      }
    }

    void answer(String prompt, String line) throws IOException, InterruptedException {
      expect(prompt);
      OutputStream in = process.getOutputStream();
      in.write((line + "\r").getBytes(StandardCharsets.UTF_8));
      in.flush();
    }

    String transcript() {
      synchronized (seen) {
        return seen.toString();
      }
    }
  }
}
