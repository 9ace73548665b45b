package dev.botwright.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that every template works: generate it with the built jar, then run the generated
 * project's own {@code ./mvnw -B -o verify}, offline, against the local repository this build
 * installed Botwright into. Two builds run at a time; the times are written to {@code
 * target/create-bot-timings.txt}. {@code -Dcreate-bot.templates=commands,basic} builds only those.
 */
class GeneratedProjectsIT {

  private static final Pattern TESTS_RUN =
      Pattern.compile(
          "Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)\\s*$",
          Pattern.MULTILINE);

  @TempDir Path work;

  @Test
  void everyTemplateGeneratesAProjectWhoseOwnTestsPass() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> builds = new ArrayList<>();
    List<String> only = List.of(System.getProperty("create-bot.templates", "").split(","));
    for (Template template : Template.values()) {
      if (only.equals(List.of("")) || only.contains(template.id())) {
        builds.add(pool.submit(() -> generateAndVerify(template)));
      }
    }
    assertThat(builds).as("templates to build").isNotEmpty();
    pool.shutdown();
    List<String> timings = new ArrayList<>();
    for (Future<String> build : builds) {
      timings.add(build.get());
    }
    Files.write(Path.of("target/create-bot-timings.txt"), timings);
  }

  private String generateAndVerify(Template template) throws Exception {
    String name = "bot-" + template.id();
    // No standard input and options missing: without a terminal create-bot must not ask.
    Processes.Result generated =
        Processes.run(
            work,
            Processes.createBot(name, "--template", template.id(), "--owner", "octo-org"),
            work.resolve(name + "-create.log"),
            2);
    assertThat(generated.exitCode()).as(generated.output()).isZero();
    Path project = work.resolve(name);
    assertThat(project.resolve("app.yml")).exists();

    List<String> verify = new ArrayList<>(List.of("./mvnw", "-B", "-ntp", "-o", "verify"));
    String repository = System.getProperty("maven.repo.local");
    if (repository != null && !repository.isBlank()) {
      verify.add("-Dmaven.repo.local=" + repository);
    }
    Processes.Result built = Processes.run(project, verify, work.resolve(name + "-verify.log"), 10);
    assertThat(built.exitCode()).as(template.id() + " build:\n" + built.output()).isZero();
    Matcher totals = TESTS_RUN.matcher(built.output());
    assertThat(totals.find()).as("a test summary in:\n" + built.output()).isTrue();
    assertThat(Integer.parseInt(totals.group(1))).as(template.id() + " tests run").isPositive();
    assertThat(totals.group(2) + totals.group(3) + totals.group(4)).isEqualTo("000");
    assertThat(project.resolve("target/" + name + ".jar")).exists();
    return "%s: generated in %d ms, ./mvnw -B -o verify in %d ms, %s tests"
        .formatted(template.id(), generated.millis(), built.millis(), totals.group(1));
  }
}
