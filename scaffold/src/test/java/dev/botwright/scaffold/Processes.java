package dev.botwright.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built {@code create-bot.jar} and generated projects' builds as separate processes. */
final class Processes {

  private Processes() {}

  /** The shaded jar this build made (failsafe passes its path). */
  static Path createBotJar() {
    Path jar = Path.of(System.getProperty("create-bot.jar", "target/create-bot.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: run the integration tests with mvn verify");
    }
    return jar.toAbsolutePath();
  }

  /** {@code java -jar create-bot.jar args...}, as a list for {@link ProcessBuilder}. */
  static List<String> createBot(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(createBotJar().toString());
    command.addAll(List.of(args));
    return command;
  }

  record Result(int exitCode, String output, long millis) {}

  /** Runs {@code command} in {@code dir} with no standard input, its output into {@code log}. */
  static Result run(Path dir, List<String> command, Path log, long timeoutMinutes)
      throws IOException, InterruptedException {
    return run(dir, command, Map.of(), log, timeoutMinutes);
  }

  /** {@link #run(Path, List, Path, long)} with {@code env} added to this process's environment. */
  static Result run(
      Path dir, List<String> command, Map<String, String> env, Path log, long timeoutMinutes)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish in " + timeoutMinutes + " minutes");
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    return new Result(process.exitValue(), Files.readString(log), millis);
  }
}
