package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.TestIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/performance.md's class-data archive for the packaged jar: {@code train} under {@code
 * -XX:ArchiveClassesAtExit} writes an archive without credentials, GitHub or files of its own, and
 * the bot then starts with {@code -XX:SharedArchiveFile} mapping it and handles a delivery.
 */
class TrainJarIT {

  @TempDir Path workDir;

  @Test
  void trainingWritesAnArchiveTheBotThenStartsWithAndServes() throws Exception {
    Path archive = workDir.resolve("bot.jsa");
    Path trainDir = Files.createDirectories(workDir.resolve("train"));
    Process training =
        java(trainDir, List.of("-XX:ArchiveClassesAtExit=" + archive), "train").start();
    assertThat(training.waitFor(180, TimeUnit.SECONDS)).isTrue();
    String out = read(trainDir.resolve("stdout"));
    String err = read(trainDir.resolve("stderr"));
    assertThat(training.exitValue()).as(out + err).isZero();
    assertThat(out).containsPattern("Trained: started the bot and sent it 3 deliveries in \\d+ ms");
    assertThat(archive).isRegularFile();
    try (Stream<Path> written = Files.list(trainDir)) {
      assertThat(written.map(p -> p.getFileName().toString()))
          .as("training writes nothing in its working directory")
          .containsExactlyInAnyOrder("stdout", "stderr");
    }

    TestIdentity identity = TestIdentity.generate();
    try (StatefulGitHub github = StatefulGitHub.start()) {
      Map<String, String> env = BotJvm.environment(identity, github);
      env.put("BOTWRIGHT_RECONCILE_ENABLED", "false");
      BotJvm bot =
          BotJvm.startWithFlags(
              "bot",
              env,
              List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:cds=info"),
              List.of(),
              workDir.resolve("run"));
      try {
        LoadDriver.Delivery delivery = LoadDriver.deliveries(1, 1, 9_200_000, 1).get(0);
        assertThat(new LoadDriver(identity.webhookSecret(), null).post(bot.webhookUrl(), delivery))
            .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> github.commentsFor(delivery.id()) == 1);
      } finally {
        bot.close("TrainJarIT");
      }
    }
    // -Xshare:on refuses to start on an archive it cannot map; the log names the archive it used.
    assertThat(read(workDir.resolve("run").resolve("bot.out")))
        .contains("Opened archive " + archive + ".")
        .contains("Mapped dynamic region");
  }

  private static ProcessBuilder java(Path dir, List<String> flags, String... args) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(flags);
    command.add("-jar");
    command.add(BotJvm.JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(dir.resolve("stdout").toFile())
            .redirectError(dir.resolve("stderr").toFile());
    // No credentials and nothing of this machine's: training needs neither.
    builder.environment().keySet().removeIf(name -> !name.equals("PATH"));
    return builder;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
