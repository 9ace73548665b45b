package dev.botwright.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.FakeGitHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * installed Botwright into. A template a workflow can run is generated with {@code --actions}, and
 * the step of its {@code bot.yml} that runs the bot is run as the runner would, on the template's
 * fixture, against a fake GitHub. Two builds run at a time; the times are written to {@code
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
    boolean actions = template.actionsProblem().isEmpty();
    List<String> createBot =
        new ArrayList<>(List.of(name, "--template", template.id(), "--owner", "octo-org"));
    if (actions) {
      createBot.add("--actions");
    }
    Processes.Result generated =
        Processes.run(
            work,
            Processes.createBot(createBot.toArray(String[]::new)),
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
    String workflow = actions ? runWorkflowStep(template, project) : "no workflow";
    return "%s: generated in %d ms, ./mvnw -B -o verify in %d ms, %s tests, %s"
        .formatted(template.id(), generated.millis(), built.millis(), totals.group(1), workflow);
  }

  /**
   * Runs the {@code bot.yml} step that runs the bot, with what the runner sets: the event's name,
   * its payload saved to a file, the workflow's token and the API's URL (a fake GitHub here).
   */
  private String runWorkflowStep(Template template, Path project) throws Exception {
    String step =
        Files.readString(project.resolve(".github/workflows/bot.yml"))
            .lines()
            .map(String::strip)
            .filter(l -> l.startsWith("run: java -jar "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("bot.yml has no step running the jar"))
            .substring("run: ".length());
    try (FakeGitHub github = FakeGitHub.start()) {
      github
          .stubPermission("Codertocat", "write") // the commands fixture's commenter
          .stub("POST /repos/{owner}/{repo}/deployments", 201, "{\"id\":42}")
          .stub("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", 201, "{}");
      Map<String, String> env =
          Map.of(
              "GITHUB_EVENT_NAME", template.event(),
              "GITHUB_EVENT_PATH",
                  project
                      .resolve("src/test/resources/fixtures/" + template.fixture() + ".json")
                      .toString(),
              "GITHUB_TOKEN", "ghs_workflowtoken",
              "GITHUB_API_URL", github.baseUrl());
      Processes.Result ran =
          Processes.run(
              project,
              List.of(step.split(" ")),
              env,
              work.resolve(project.getFileName() + "-action.log"),
              2);
      assertThat(ran.exitCode()).as(template.id() + " action:\n" + ran.output()).isZero();
      github.assertNoUnexpectedCalls();
      assertThat(github.apiCalls())
          .as(template.id() + "'s calls, made with the workflow's token, never an app's")
          .isNotEmpty()
          .allMatch(call -> call.installationId().isEmpty())
          .anyMatch(call -> call.toString().startsWith(expectedWrite(template)));
      assertThat(github.tokenMints()).isZero();
      return "bot.yml's step in %d ms".formatted(ran.millis());
    }
  }

  /** The write each template's handler makes, on its fixture's repository. */
  private static String expectedWrite(Template template) {
    return switch (template) {
      case BASIC, COMMANDS -> "POST /repos/Codertocat/Hello-World/issues/1/comments ";
      case DEPLOY -> "POST /repos/Codertocat/Hello-World/deployments/42/statuses ";
      case CHECKS, GIT_DATA -> throw new AssertionError(template + " has no workflow");
    };
  }
}
