package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.InstallConfiguration;
import dev.botwright.config.JournalConfiguration;
import dev.botwright.config.TokenConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sample bot's Dockerfile, checked without a Docker daemon (none runs on the test machines):
 * who the process runs as, where it listens, what the volume holds, which jar it starts, with which
 * JVM flags. {@link HealthCheckPathTest} asks the running bot the health check's path.
 */
class ContainerImageTest {

  static final Path DOCKERFILE = Path.of("Dockerfile");

  private final Dockerfile image = read();

  @Test
  void runsAsAFixedNumericUserThatIsNotRoot() {
    String user = image.only("USER");
    assertThat(user).matches("\\d+:\\d+");
    String uid = user.substring(0, user.indexOf(':'));
    String gid = user.substring(user.indexOf(':') + 1);
    assertThat(Integer.parseInt(uid)).isGreaterThanOrEqualTo(10000);
    // The user exists in the image with that uid, and owns the volume's directory.
    assertThat(image.only("RUN"))
        .contains("--uid " + uid + " --gid " + gid)
        .contains("chown " + uid + ":" + gid + " " + image.only("VOLUME"));
  }

  @Test
  void listensOnEveryInterfaceOfTheContainerOnTheExposedPort() {
    assertThat(image.environment())
        .containsEntry("HOST", "0.0.0.0")
        .containsEntry("PORT", image.only("EXPOSE"));
  }

  @Test
  void theVolumeHoldsTheJournalAndEveryOtherFileTheBotWritesByDefault() {
    Path workDir = Path.of(image.only("WORKDIR"));
    Path volume = Path.of(image.only("VOLUME"));
    assertThat(image.environment()).doesNotContainKey("BOTWRIGHT_JOURNAL_DIR");
    assertThat(workDir.resolve(JournalConfiguration.DEFAULT_DIR)).startsWithRaw(volume);
    assertThat(workDir.resolve(TokenConfiguration.DEFAULT_STORE_FILE)).startsWithRaw(volume);
    assertThat(workDir.resolve(InstallConfiguration.DEFAULT_INDEX_FILE)).startsWithRaw(volume);
    assertThat(volume).isEqualTo(workDir.resolve(".botwright"));
  }

  @Test
  void theEntrypointRunsTheJarTheBuildMakes() throws IOException {
    String jar = "target/" + finalName() + ".jar";
    assertThat(jar).isEqualTo(BotJvm.JAR.toString());
    List<String> copy = Dockerfile.words(image.only("COPY"));
    assertThat(copy.get(0)).isEqualTo(jar);
    assertThat(Dockerfile.execForm(image.only("ENTRYPOINT")))
        .containsExactly("java", "-jar", copy.get(1));
    // The build context admits that jar and nothing else (no .env, no keys).
    assertThat(Files.readAllLines(Path.of(".dockerignore")))
        .filteredOn(l -> !l.isBlank() && !l.startsWith("#"))
        .containsExactly("*", "!" + jar);
  }

  @Test
  void theJvmRunsWithTheMeasuredFlagsWithTheHeapAShareOfTheContainersMemory() {
    List<String> flags = Dockerfile.words(image.variable("JDK_JAVA_OPTIONS"));
    List<String> expected = new ArrayList<>(LargeBodyIT.DOCUMENTED_FLAGS);
    // -Xmx64m is 25% of a 256 MiB limit; the share follows a larger limit.
    expected.set(expected.indexOf("-Xmx64m"), "-XX:MaxRAMPercentage=25");
    expected.add("-XX:+ExitOnOutOfMemoryError");
    assertThat(flags).containsExactlyElementsOf(expected);
    assertThat(image.environment())
        .containsEntry("MALLOC_ARENA_MAX", "2")
        .containsEntry("MICRONAUT_EXECUTORS_IO_TYPE", "fixed")
        .containsEntry("MICRONAUT_EXECUTORS_IO_N_THREADS", "4");
  }

  @Test
  void theHealthCheckAsksTheBotsOwnPortOnLoopback() {
    assertThat(image.only("HEALTHCHECK"))
        .startsWith("--interval=30s --timeout=5s --start-period=60s --retries=3 CMD curl -fsS ")
        .contains("\"http://127.0.0.1:${PORT}" + healthPath(image) + "\"");
  }

  /** The path the image's HEALTHCHECK asks for. */
  static String healthPath(Dockerfile image) {
    Matcher path =
        Pattern.compile("http://127\\.0\\.0\\.1:\\$\\{PORT}(/[^\" ]*)")
            .matcher(image.only("HEALTHCHECK"));
    assertThat(path.find()).as("HEALTHCHECK asks http://127.0.0.1:${PORT}/...").isTrue();
    return path.group(1);
  }

  static Dockerfile read() {
    try {
      return Dockerfile.read(DOCKERFILE);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The pom's {@code <finalName>}: the shade plugin replaces that jar with the runnable one. */
  private static String finalName() throws IOException {
    Matcher name =
        Pattern.compile("<finalName>([^<]+)</finalName>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(name.find()).isTrue();
    return name.group(1);
  }
}
