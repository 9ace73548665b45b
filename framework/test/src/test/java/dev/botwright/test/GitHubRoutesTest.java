package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The route list the fake checks calls and test routes against. */
class GitHubRoutesTest {

  private static final String COMMENTS =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = ' ',
      value = {
        "POST /repos/octo/hello/issues/1/comments",
        "GET /repos/octo/hello/issues?state=open&per_page=100",
        "GET /repos/octo/hello/contents/README.md",
        "GET /repos/octo/hello/contents/docs/guide/setup.md",
        "PUT /repos/octo/hello/contents/src/main/App.java",
        "GET /repos/octo/hello/contents/",
        "GET /repos/octo/hello/contents",
        "GET /repos/octo/hello/git/ref/heads/feature/login",
        "GET /repos/octo/hello/compare/main...feature/login",
        "GET /repos/octo/hello/branches/release/1.0",
        "GET /repos/octo/hello/labels/good%20first%20issue",
        "POST /app/installations/42/access_tokens",
        "GET /api/v3/repos/octo/hello/pulls/7",
        "HEAD /repos/octo/hello",
        "post /graphql",
        "GET /",
      })
  void knowsRealRoutes(String method, String path) {
    assertThat(GitHubRoutes.exists(method, path)).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = ' ',
      value = {
        "POST /repos/octo/hello/issue/1/comments",
        "PUT /repos/octo/hello/issues/1/comments",
        "GET /repos/octo/hello/issues/1/comments/extra",
        "DELETE /repos/octo/hello/labels/needs/triage",
        "POST /graphql/v4",
        "GET /repos",
      })
  void refusesRoutesGitHubLacks(String method, String path) {
    assertThat(GitHubRoutes.exists(method, path)).isFalse();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = ' ',
      value = {
        "POST /repos/octo/hello/issue/1/comments POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
        "PUT /repos/octo/hello/issues/1/comments POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
        "POST /repos/octo/hello/issues/labels POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
        "PATCH /repos/octo/hello/check-run/9 PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
        "GET /repos/octo/hello/pull/7/files GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      })
  void suggestsTheNearestRoute(String method, String path, String nearMethod, String nearPath) {
    assertThat(GitHubRoutes.closest(method, path)).contains(nearMethod + " " + nearPath);
  }

  @Test
  void suggestsNothingForAPathFarFromEveryRoute() {
    assertThat(GitHubRoutes.closest("GET", "/definitely/not/github")).isEmpty();
  }

  @Test
  void acceptsTemplatesWhateverTheirPlaceholdersAreCalled() {
    assertThatCode(
            () -> {
              GitHubRoutes.requireTemplate(COMMENTS);
              GitHubRoutes.requireTemplate("post /repos/{o}/{r}/issues/{number}/comments");
              GitHubRoutes.requireTemplate("GET /repos/{owner}/{repo}/contents/{+path}");
              GitHubRoutes.requireTemplate("GET /repos/{owner}/{repo}/contents/docs/{file}");
              GitHubRoutes.requireTemplate("GET /repos/octo/hello/issues/1");
            })
        .doesNotThrowAnyException();
  }

  @Test
  void refusesATemplateWithATypoAndNamesTheRealRoute() {
    assertThatThrownBy(
            () ->
                GitHubRoutes.requireTemplate("POST /repos/{owner}/{repo}/issue/{number}/comments"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "GitHub has no route POST /repos/{owner}/{repo}/issue/{number}/comments. Did you mean"
                + " POST /repos/{owner}/{repo}/issues/{issue_number}/comments?");
  }

  @Test
  void refusesAPlaceholderWhereGitHubHasAWord() {
    assertThatThrownBy(() -> GitHubRoutes.requireTemplate("GET /repos/{owner}/{repo}/{kind}/{n}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("GitHub has no route GET /repos/{owner}/{repo}/{kind}/{n}.");
  }

  @Test
  void refusesATemplateFarFromEveryRouteWithoutAGuess() {
    assertThatThrownBy(() -> GitHubRoutes.requireTemplate("GET /definitely/not/github"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "GitHub has no route GET /definitely/not/github. Check the method and path in"
                + " GitHub's REST API reference: https://docs.github.com/rest");
  }

  @Test
  void routeListNamesItsSourceAndHoldsEveryOperation() throws IOException {
    try (InputStream in = GitHubRoutes.class.getResourceAsStream("github-rest-routes.txt")) {
      List<String> lines =
          List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      assertThat(lines.get(0))
          .startsWith("# generated by scripts/generate-rest-routes.sh from @octokit/openapi 23.0.2")
          .endsWith("do not edit");
      List<String> routes = lines.subList(1, lines.size());
      assertThat(routes).hasSizeGreaterThan(1000).isSorted().doesNotHaveDuplicates();
      assertThat(routes).allMatch(l -> l.matches("(GET|POST|PUT|PATCH|DELETE) /\\S*"));
    }
  }
}
