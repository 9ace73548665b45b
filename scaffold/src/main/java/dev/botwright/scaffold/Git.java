package dev.botwright.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The few git commands {@code create-bot} runs: reading defaults, and the first commit. */
final class Git {

  private static final long TIMEOUT_SECONDS = 60;

  private final String executable;
  private final Map<String, String> environment;

  /**
   * @param executable the git command, normally {@code git} from the {@code PATH}
   * @param environment variables added to git's environment (tests point it at their own config)
   */
  Git(String executable, Map<String, String> environment) {
    this.executable = executable;
    this.environment = Map.copyOf(environment);
  }

  static Git system() {
    return new Git("git", Map.of());
  }

  /**
   * The value of a git setting such as {@code user.name}, as seen from {@code dir}; empty when
   * unset or when git is missing.
   */
  Optional<String> config(Path dir, String key) {
    try {
      Result result = run(dir, List.of("config", "--get", key), Map.of());
      String value = result.output().strip();
      return result.exitCode() == 0 && !value.isEmpty() ? Optional.of(value) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Makes {@code dir} a repository holding one commit of everything in it. When the user has no
   * identity configured, the commit is authored as {@code author} with GitHub's no-reply address of
   * {@code owner}, rather than failing as plain git would.
   */
  void initialCommit(Path dir, String message, String author, String owner) {
    Map<String, String> identity =
        config(dir, "user.email").isPresent()
            ? Map.of()
            : Map.of(
                "GIT_AUTHOR_NAME",
                author,
                "GIT_COMMITTER_NAME",
                author,
                "GIT_AUTHOR_EMAIL",
                owner + "@users.noreply.github.com",
                "GIT_COMMITTER_EMAIL",
                owner + "@users.noreply.github.com");
    step(dir, List.of("init", "--quiet"), Map.of());
    step(dir, List.of("add", "--all"), Map.of());
    step(dir, List.of("commit", "--quiet", "--message", message), identity);
  }

  private void step(Path dir, List<String> arguments, Map<String, String> extra) {
    String command = "git " + String.join(" ", arguments);
    Result result;
    try {
      result = run(dir, arguments, extra);
    } catch (IOException e) {
      throw new ScaffoldException(
          "Cannot run '"
              + executable
              + "' for --git: "
              + e.getMessage()
              + ". Install git, or leave out --git.",
          e);
    }
    if (result.exitCode() != 0) {
      throw new ScaffoldException(
          "'"
              + command
              + "' failed with exit code "
              + result.exitCode()
              + ": "
              + result.output().strip()
              + "\nNothing was created. Fix git, or leave out --git.");
    }
  }

  private Result run(Path dir, List<String> arguments, Map<String, String> extra)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(concat(executable, arguments));
    builder.directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.environment().putAll(extra);
    Process process = builder.start();
    process.getOutputStream().close();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(-1, "timed out after " + TIMEOUT_SECONDS + " s");
      }
      return new Result(process.exitValue(), output);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream())
        .toList();
  }

  private record Result(int exitCode, String output) {}
}
