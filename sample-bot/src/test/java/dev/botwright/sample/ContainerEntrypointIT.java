package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.TestIdentity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the image runs, without Docker: the packaged jar started as the Dockerfile's {@code
 * ENTRYPOINT} starts it, with the image's environment (its JVM flags through {@code
 * JDK_JAVA_OPTIONS}) and a working directory standing for {@code WORKDIR}. The bot answers the
 * health check, handles a delivery, and writes only under the volume's directory: in the image the
 * rest of the working directory belongs to root. {@code HOST} stays loopback here, so the test
 * never listens beyond this machine; {@link ContainerImageTest} checks the image's {@code HOST}.
 */
class ContainerEntrypointIT {

  @TempDir Path workDir;

  @Test
  void theImagesCommandAndEnvironmentServeAndKeepStateOnlyOnTheVolume() throws Exception {
    Dockerfile image = ContainerImageTest.read();
    assertThat(Dockerfile.execForm(image.only("ENTRYPOINT")))
        .as("java -jar <jar> and nothing else: every flag comes from the environment")
        .hasSize(3);
    Path volume =
        workDir.resolve(Path.of(image.only("WORKDIR")).relativize(Path.of(image.only("VOLUME"))));
    // The image's training RUN, with the image's paths mapped to this machine's.
    String imageArchive = ContainerImageTest.archive(image);
    Path archive = Files.createDirectories(workDir.resolve("image")).resolve("bot.jsa");
    train(ContainerImageTest.trainingRun(image), imageArchive, archive);
    assertThat(archive).isRegularFile();
    TestIdentity identity = TestIdentity.generate();
    BotJvm bot = null;
    try (StatefulGitHub github = StatefulGitHub.start()) {
      Map<String, String> env = BotJvm.environment(identity, github);
      image
          .environment()
          .forEach(
              (name, value) -> {
                if (!name.equals("HOST") && !name.equals("PORT")) {
                  env.put(name, value.replace(imageArchive, archive.toString()));
                }
              });
      env.put("BOTWRIGHT_RECONCILE_ENABLED", "false");
      bot = BotJvm.startWithFlags("bot", env, List.of(), List.of(), workDir);

      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(bot.url(ContainerImageTest.healthPath(image))).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
      assertThat(Files.readString(Path.of("/proc/" + bot.pid() + "/maps")))
          .as("the JVM maps the class-data archive the image trained")
          .contains(archive.toString());

      LoadDriver.Delivery delivery = LoadDriver.deliveries(1, 1, 9_100_000, 1).get(0);
      URI webhook = bot.webhookUrl();
      assertThat(new LoadDriver(identity.webhookSecret(), null).post(webhook, delivery))
          .isEqualTo(202);
      await().atMost(Duration.ofSeconds(30)).until(() -> github.commentsFor(delivery.id()) == 1);

      assertThat(volume.resolve("journal")).isDirectory();
      try (Stream<Path> written = Files.list(workDir)) {
        assertThat(written.map(p -> p.getFileName().toString()))
            .as("files the bot wrote outside the volume (the console log is the test's)")
            .containsExactlyInAnyOrder(volume.getFileName().toString(), "bot.out", "image");
      }
    } finally {
      if (bot != null) {
        bot.close("ContainerEntrypointIT");
      }
    }
    String console = Files.readString(workDir.resolve("bot.out"), StandardCharsets.UTF_8);
    assertThat(console)
        .as("the JVM took the image's flags")
        .contains(
            "Picked up JDK_JAVA_OPTIONS: "
                + image.variable("JDK_JAVA_OPTIONS").replace(imageArchive, archive.toString()));
  }

  /** Runs the image's training command, in a directory of its own that it must leave empty. */
  private void train(String run, String imageArchive, Path archive) throws Exception {
    List<String> words = new ArrayList<>(Dockerfile.words(run));
    assertThat(words.remove(0)).isEqualTo("JDK_JAVA_OPTIONS=");
    words.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String jar = words.get(words.size() - 2);
    words.replaceAll(
        word ->
            word.replace(imageArchive, archive.toString())
                .replace(jar, BotJvm.JAR.toAbsolutePath().toString()));
    Path dir = Files.createDirectories(workDir.resolve("training"));
    Process training =
        new ProcessBuilder(words)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("image").resolve("training.out").toFile())
            .start();
    assertThat(training.waitFor(180, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(workDir.resolve("image").resolve("training.out"));
    assertThat(training.exitValue()).as(output).isZero();
    assertThat(output).startsWith("Trained: ");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).as("files training left in its working directory").isEmpty();
    }
    Files.delete(dir);
  }
}
