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
    assertThat(image.all("RUN").get(0))
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
    expected.add("-XX:SharedArchiveFile=" + archive(image));
    assertThat(flags).containsExactlyElementsOf(expected);
    assertThat(image.environment())
        .containsEntry("MALLOC_ARENA_MAX", "2")
        .containsEntry("MICRONAUT_EXECUTORS_IO_TYPE", "fixed")
        .containsEntry("MICRONAUT_EXECUTORS_IO_N_THREADS", "4");
  }

  @Test
  void theClassDataArchiveIsTrainedFromTheJarTheEntrypointRuns() {
    List<String> entrypoint = Dockerfile.execForm(image.only("ENTRYPOINT"));
    String training = trainingRun(image);
    // Made after the jar is copied, by the jar's train command, without the runtime's flags
    // (JDK_JAVA_OPTIONS names the archive, which a run that writes it must not read).
    assertThat(image.instructions().indexOf(instruction("RUN", training)))
        .isGreaterThan(image.instructions().indexOf(instruction("COPY", image.only("COPY"))));
    assertThat(Dockerfile.words(training))
        .startsWith("JDK_JAVA_OPTIONS=", "java")
        .contains("-XX:ArchiveClassesAtExit=" + archive(image))
        .endsWith("-jar", entrypoint.get(2), "train");
  }

  /** The RUN instruction that trains the class-data archive. */
  static String trainingRun(Dockerfile image) {
    return image.all("RUN").stream()
        .filter(run -> run.contains("-XX:ArchiveClassesAtExit="))
        .reduce(
            (a, b) -> {
              throw new AssertionError("two training runs");
            })
        .orElseThrow(() -> new AssertionError("no RUN makes a class-data archive"));
  }

  /** The archive the image's JVM flags name. */
  static String archive(Dockerfile image) {
    return Dockerfile.words(image.variable("JDK_JAVA_OPTIONS")).stream()
        .filter(flag -> flag.startsWith("-XX:SharedArchiveFile="))
        .map(flag -> flag.substring("-XX:SharedArchiveFile=".length()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("JDK_JAVA_OPTIONS names no -XX:SharedArchiveFile"));
  }

  private static Dockerfile.Instruction instruction(String keyword, String arguments) {
    return new Dockerfile.Instruction(keyword, arguments);
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
