package dev.botwright.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The route label knows every route Botwright itself sends, so none of them counts as "other". */
class GitHubRoutesTest {

  private static final Pattern ROUTE =
      Pattern.compile("\"(?:GET|POST|PATCH|PUT|DELETE|HEAD) (/[\\w{}+/.-]*)\"");

  @Test
  void knowsEveryRouteOfTheTypedHelpersGeneratedFromGitHubsDescription() throws IOException {
    List<String> routes =
        Files.readAllLines(Path.of("../codegen/src/main/resources/schemas/rest-answers.txt"))
            .stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(line -> line.substring(line.indexOf(' ') + 1).trim())
            .toList();

    assertThat(routes).hasSizeGreaterThan(30).allMatch(GitHubRoutes::isKnown);
  }

  @Test
  void knowsEveryRouteTheEngineAndItsHelpersSend() throws IOException {
    List<String> routes;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      routes =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .flatMap(GitHubRoutesTest::routes)
              .filter(route -> !route.startsWith("/path"))
              .distinct()
              .toList();
    }

    assertThat(routes).hasSizeGreaterThan(20).allMatch(GitHubRoutes::isKnown);
  }

  @Test
  void doesNotKnowAConcretePath() {
    assertThat(GitHubRoutes.isKnown("/repos/octocat/Hello-World")).isFalse();
  }

  private static Stream<String> routes(Path file) {
    try {
      Matcher matcher = ROUTE.matcher(Files.readString(file, StandardCharsets.UTF_8));
      Stream.Builder<String> found = Stream.builder();
      while (matcher.find()) {
        found.add(matcher.group(1));
      }
      return found.build();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
