package dev.botwright.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProjectFilesTest {

  static final Path SOURCES = Path.of("src/main/resources/dev/botwright/scaffold/templates");

  static ProjectSettings settings(Template template) {
    return settings(template, false);
  }

  static ProjectSettings settings(Template template, boolean actions) {
    return new ProjectSettings(
        "my-bot",
        "Says \"hi\" & <waves>",
        "Ada Lovelace",
        "octo-org",
        "io.github.octoorg.mybot",
        template,
        actions);
  }

  @Test
  void theIndexListsEveryTemplateFileAndTheCopiedWrapper() throws IOException {
    List<String> onDisk;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      onDisk =
          files
              .filter(Files::isRegularFile)
              .map(f -> SOURCES.relativize(f).toString().replace('\\', '/'))
              .filter(f -> !f.equals("files.txt"))
              .toList();
    }
    assertThat(ProjectFiles.index())
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(onDisk.stream(), Stream.of("common/mvnw")).toList());
  }

  @ParameterizedTest
  @EnumSource(Template.class)
  void everyTemplateRendersCompletely(Template template) {
    Map<String, String> files =
        ProjectFiles.render(
            settings(template), new VersionInfo("9.9.9", "4.10.8", "2.42.0", "0.14.3"));

    assertThat(files)
        .containsKeys(
            "pom.xml",
            "mvnw",
            "app.yml",
            "README.md",
            ".env.example",
            ".gitignore",
            "Dockerfile",
            ".dockerignore",
            ".github/workflows/ci.yml",
            "src/main/resources/application.yml",
            "src/main/resources/logback.xml",
            "src/test/resources/logback-test.xml",
            "src/main/java/io/github/octoorg/mybot/Application.java",
            "src/main/java/io/github/octoorg/mybot/" + template.handler() + ".java",
            "src/test/java/io/github/octoorg/mybot/" + template.handler() + "Test.java");
    assertThat(files.keySet()).anyMatch(p -> p.startsWith("src/test/resources/fixtures/"));
    files.forEach((path, text) -> assertThat(text).as(path).doesNotContain("{{"));
    assertThat(files.get("pom.xml"))
        .contains("<botwright.version>9.9.9</botwright.version>")
        .contains("<artifactId>micronaut-parent</artifactId>\n    <version>4.10.8</version>")
        .contains("<artifactId>my-bot</artifactId>")
        .contains("<description>Says \"hi\" &amp; &lt;waves&gt;</description>")
        .contains("<name>Ada Lovelace</name>")
        .contains("<exec.mainClass>io.github.octoorg.mybot.Application</exec.mainClass>")
        .contains("<error-prone.version>2.42.0</error-prone.version>")
        .contains("<nullaway.version>0.14.3</nullaway.version>")
        .contains("-XepOpt:NullAway:AnnotatedPackages=io.github.octoorg.mybot ");
    assertThat(files.get("app.yml"))
        .contains("name: my-bot\n")
        .contains("description: \"Says \\\"hi\\\" & <waves>\"\n")
        .contains("  metadata: read");
    assertThat(files.get("Dockerfile"))
        .contains("COPY target/my-bot.jar /bot/my-bot.jar\n")
        .contains("ENTRYPOINT [\"java\", \"-jar\", \"/bot/my-bot.jar\"]\n");
    assertThat(files.get(".dockerignore")).endsWith("*\n!target/my-bot.jar\n");
    assertThat(files.get(".gitignore"))
        .contains("*.pem")
        .contains(".env")
        .contains("target/")
        .contains(".botwright/");
    assertThat(files.get(".github/workflows/ci.yml"))
        .contains("actions/setup-java@v4")
        .contains("java-version: 17")
        .contains("./mvnw -B -ntp verify");
    assertThat(files.get("README.md"))
        .contains("./mvnw -B verify")
        .contains("java -jar target/my-bot.jar")
        .contains(
            "java -jar target/my-bot.jar receive --event "
                + template.event()
                + " --payload src/test/resources/fixtures/"
                + template.fixture()
                + ".json --dry-run");
    // The README replays a payload the project ships.
    assertThat(files).containsKey("src/test/resources/fixtures/" + template.fixture() + ".json");
    assertThat(files.get("src/main/resources/application.yml")).contains("name: my-bot");
  }

  /**
   * The generated image is the sample bot's, whose user, volume, flags and health check the sample
   * bot's tests check (ContainerImageTest), with the project's own jar: the shaded jar its pom
   * names after the artifact.
   */
  @Test
  void theDockerfileIsTheSampleBotsRunningTheProjectsOwnJar() throws IOException {
    Map<String, String> files =
        ProjectFiles.render(
            settings(Template.BASIC), new VersionInfo("9.9.9", "4.10.8", "2.42.0", "0.14.3"));
    assertThat(files.get("pom.xml"))
        .contains("<artifactId>my-bot</artifactId>")
        .contains("<finalName>${project.artifactId}</finalName>");
    String sample = Files.readString(Path.of("../sample-bot/Dockerfile"));
    assertThat(instructions(files.get("Dockerfile")))
        .isEqualTo(instructions(sample.replace("sample-bot", "my-bot")))
        .contains("COPY target/my-bot.jar /bot/my-bot.jar");
  }

  /** A Dockerfile without its comments: what Docker acts on. */
  private static List<String> instructions(String dockerfile) {
    return dockerfile.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  @Test
  void eachManifestAsksOnlyForWhatItsBotUses() {
    VersionInfo versions = new VersionInfo("1", "4.10.8", "2.42.0", "0.14.3");
    assertThat(appYml(Template.BASIC, versions))
        .contains("- issues\n", "issues: write")
        .doesNotContain("contents", "checks", "pull_requests");
    assertThat(appYml(Template.CHECKS, versions))
        .contains("- check_suite\n", "checks: write")
        .doesNotContain("issues", "contents");
    assertThat(appYml(Template.DEPLOY, versions))
        .contains("- pull_request\n", "deployments: write", "pull_requests: read")
        .doesNotContain("contents", "issues");
    assertThat(appYml(Template.GIT_DATA, versions))
        .contains("default_events: []", "contents: write", "pull_requests: write")
        .doesNotContain("issues");
    assertThat(appYml(Template.COMMANDS, versions))
        .contains("- issue_comment\n", "issues: write")
        .doesNotContain("contents", "pull_requests");
  }

  @Test
  void theActionsWorkflowRunsTheJarOnTheTemplatesEventsWithLeastPrivilege() {
    VersionInfo versions = new VersionInfo("1", "4.10.8", "2.42.0", "0.14.3");
    Map<String, String> files = ProjectFiles.render(settings(Template.BASIC, true), versions);

    assertThat(files.get(".github/workflows/bot.yml"))
        .contains("on:\n  issues:\n    types: [opened]\n\n")
        .contains(
            "permissions:\n  contents: read       # check out the bot's code to build it\n"
                + "  issues: write        # comment on issues\n\n")
        .contains("        run: java -jar target/my-bot.jar action\n")
        .contains("          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n")
        .doesNotContain("{{actions");
    assertThat(files.get("README.md"))
        .contains("## Run in GitHub Actions")
        .contains("`java -jar target/my-bot.jar action`");
    assertThat(ProjectFiles.render(settings(Template.COMMANDS, true), versions))
        .extractingByKey(".github/workflows/bot.yml")
        .asString()
        .contains("on:\n  issue_comment:\n    types: [created]\n")
        .contains("  issues: write ", "\n  pull-requests: write ");
    assertThat(ProjectFiles.render(settings(Template.DEPLOY, true), versions))
        .extractingByKey(".github/workflows/bot.yml")
        .asString()
        .contains("on:\n  pull_request:\n    types: [opened, synchronize]\n")
        .contains("\n  deployments: write ")
        .doesNotContain("issues:");

    Map<String, String> withoutActions = ProjectFiles.render(settings(Template.BASIC), versions);
    assertThat(withoutActions).doesNotContainKey(".github/workflows/bot.yml");
    assertThat(withoutActions.get("README.md")).doesNotContain("GitHub Actions\n\n");
  }

  /**
   * The workflow's triggers are written by hand next to each template's handlers: every
   * {@code @OnEvent("event.action")} a template's handler declares (a {@code @Command} is {@code
   * issue_comment.created}) must be among them, or the workflow would never run that handler.
   */
  @ParameterizedTest
  @EnumSource(Template.class)
  void aWorkflowTriggerCoversEveryEventItsTemplatesHandlerListensTo(Template template)
      throws IOException {
    String handler =
        Files.readString(
            SOURCES.resolve(
                template.id() + "/src/main/java/__package__/" + template.handler() + ".java"));
    List<String> events = new java.util.ArrayList<>();
    java.util.regex.Matcher onEvent =
        java.util.regex.Pattern.compile("@OnEvent\\(\"([a-z_]+)\\.([a-z_]+)\"\\)").matcher(handler);
    while (onEvent.find()) {
      events.add(onEvent.group(1) + "." + onEvent.group(2));
    }
    if (handler.contains("@Command(")) {
      events.add("issue_comment.created");
    }
    assertThat(events).as(template.handler() + "'s events").isNotEmpty();
    assertThat(template.actionsTrigger().isPresent())
        .as("a trigger exactly when no problem is named")
        .isEqualTo(template.actionsProblem().isEmpty());
    template
        .actionsTrigger()
        .ifPresent(
            trigger -> {
              for (String event : events) {
                String name = event.substring(0, event.indexOf('.'));
                String action = event.substring(event.indexOf('.') + 1);
                assertThat(trigger).startsWith(name + ":\n    types: [").contains(action);
              }
            });
  }

  @Test
  void turnsTemplatePathsIntoProjectPaths() {
    assertThat(ProjectFiles.targetPath("_gitignore", "a.b")).isEqualTo(".gitignore");
    assertThat(ProjectFiles.targetPath("_github/workflows/ci.yml", "a.b"))
        .isEqualTo(".github/workflows/ci.yml");
    assertThat(ProjectFiles.targetPath("src/main/java/__package__/X.java", "a.b"))
        .isEqualTo("src/main/java/a/b/X.java");
  }

  @Test
  void aPlaceholderWithoutAValueIsABug() {
    assertThatThrownBy(() -> ProjectFiles.substitute("x/pom.xml", "{{nope}}", Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Template x/pom.xml uses {{nope}}, which has no value");
    assertThat(ProjectFiles.substitute("t", "${maven} {{a}} ${{ b }}", Map.of("a", "$1")))
        .isEqualTo("${maven} $1 ${{ b }}");
  }

  @Test
  void generatedProjectsUseThisBuildsVersions() {
    VersionInfo versions = VersionInfo.load();
    assertThat(versions.botwright()).isNotBlank().doesNotContain("${");
    assertThat(versions.micronaut()).isEqualTo("4.10.8");
    assertThat(versions.errorProne()).isEqualTo("2.42.0");
    assertThat(versions.nullAway()).isEqualTo("0.14.3");
  }

  private static String appYml(Template template, VersionInfo versions) {
    return ProjectFiles.render(settings(template), versions).get("app.yml");
  }
}
