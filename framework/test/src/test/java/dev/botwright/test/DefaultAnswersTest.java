package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.event.FileCommit;
import dev.botwright.event.FullRepository;
import dev.botwright.event.Issue;
import dev.botwright.event.Label;
import dev.botwright.event.PullRequest;
import dev.botwright.event.User;
import dev.botwright.github.GitHubClients;
import dev.botwright.github.GitHubResponse;
import dev.botwright.github.IssueRef;
import dev.botwright.github.Issues;
import dev.botwright.github.RepoRef;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@BotTest
class DefaultAnswersTest {

  static final RepoRef HELLO = new RepoRef("octo", "hello");

  @Inject GitHubClients clients;

  @Test
  void describesTheAppAndItsInstallations(FakeGitHub github) {
    JsonNode app = clients.app().request("GET /app").body();
    JsonNode one = clients.app().request("GET /app/installations/7").body();
    JsonNode onRepo =
        clients
            .app()
            .request("GET /repos/{owner}/{repo}/installation", Map.of("owner", "octo", "repo", "r"))
            .body();
    JsonNode onOrg = clients.app().request("GET /orgs/acme/installation").body();

    assertThat(app.get("id").getLongValue()).isEqualTo(Long.parseLong(TestApp.APP_ID));
    assertThat(app.get("slug").getStringValue()).isEqualTo("botwright-test-app");
    assertThat(clients.app().repos().listInstallations())
        .singleElement()
        .satisfies(i -> assertThat(i.id()).isEqualTo(42));
    assertThat(one.get("id").getLongValue()).isEqualTo(7);
    assertThat(onRepo.get("id").getLongValue()).isEqualTo(FakeGitHub.INSTALLATION_ID);
    assertThat(onRepo.get("account").get("login").getStringValue()).isEqualTo("octo");
    assertThat(onOrg.get("account").get("login").getStringValue()).isEqualTo("acme");
    assertThat(github.unexpectedCalls()).isEmpty();
  }

  @Test
  void describesAnyRepositoryFromItsPath() {
    FullRepository repo = clients.installation(42).repos().get(HELLO);

    assertThat(repo.name()).isEqualTo("hello");
    assertThat(repo.fullName()).isEqualTo("octo/hello");
    assertThat(repo.owner().login()).isEqualTo("octo");
    assertThat(repo.defaultBranch()).isEqualTo("main");
    assertThat(repo.isPrivate()).isFalse();
    assertThat(clients.installation(42).repos().listForInstallation()).isEmpty();
  }

  @Test
  void aStubWinsOverTheDefaultAndCarriesHeaders(FakeGitHub github) {
    github.stub(
        "GET /repos/{owner}/{repo}",
        200,
        "{\"full_name\":\"octo/renamed\"}",
        Map.of("ETag", "\"abc\""));

    GitHubResponse response =
        clients
            .installation(42)
            .request("GET /repos/{owner}/{repo}", Map.of("owner", "octo", "repo", "hello"));

    assertThat(response.body().get("full_name").getStringValue()).isEqualTo("octo/renamed");
    assertThat(response.header("etag")).contains("\"abc\"");
  }

  @Test
  void stubFileAnswersWithAClasspathResource(FakeGitHub github) {
    github.stubFile("GET /repos/{owner}/{repo}/labels", 200, "github/labels.json");

    JsonNode labels =
        clients
            .installation(42)
            .request("GET /repos/{owner}/{repo}/labels", Map.of("owner", "octo", "repo", "hello"))
            .body();

    assertThat(labels.get(0).get("name").getStringValue()).isEqualTo("bug");
  }

  @Test
  void labelAssigneeAndFileWritesAnswerWhatTheTypedHelpersRead(FakeGitHub github) {
    var github42 = clients.installation(42);
    IssueRef issue = new IssueRef(HELLO, 7);

    assertThat(github42.issues().addLabels(issue, "bug", "triage"))
        .extracting(Label::name)
        .containsExactly("bug", "triage");
    assertThat(github42.issues().setLabels(issue, "docs")).extracting(Label::name).contains("docs");
    assertThat(github42.issues().removeLabel(issue, "docs")).isEmpty();
    Issue assigned = github42.issues().addAssignees(issue, "octocat");
    assertThat(assigned.number()).isEqualTo(7);
    assertThat(assigned.assignees()).extracting(User::login).containsExactly("octocat");
    FileCommit commit =
        github42.repos().createOrUpdateFile(HELLO, "docs/a b.md", "Add docs", "# Docs", null, null);
    assertThat(commit.commit().message()).isEqualTo("Add docs");
    assertThat(commit.content().sha()).hasSize(40);
    PullRequest pull = github42.pulls().create(HELLO, "Add docs", "docs", "main", null);
    assertThat(pull.title()).isEqualTo("Add docs");
    assertThat(pull.head().ref()).isEqualTo("docs");
    assertThat(pull.base().ref()).isEqualTo("main");
    assertThat(github.unexpectedCalls()).isEmpty();
  }

  @Test
  void stubConfigServesTheFileAsGitHubDoes(FakeGitHub github) {
    String yaml = "greeting: Welcome to the project, we are glad you are here!\nlabels: [triage]\n";
    github.stubConfig("my-bot.yml", yaml);

    var repos = clients.installation(42).repos();

    assertThat(repos.getContent(HELLO, ".github/my-bot.yml", null)).contains(yaml);
    // The entry as JSON, through the route-style client.
    JsonNode entry =
        clients
            .installation(42)
            .request(
                "GET /repos/{owner}/{repo}/contents/{+path}",
                Map.of(
                    "owner", "octo", "repo", "hello", "path", ".github/my-bot.yml", "ref", "main"))
            .body();
    assertThat(entry.get("type").getStringValue()).isEqualTo("file");
    assertThat(entry.get("encoding").getStringValue()).isEqualTo("base64");
    assertThat(entry.get("name").getStringValue()).isEqualTo("my-bot.yml");
    assertThat(entry.get("path").getStringValue()).isEqualTo(".github/my-bot.yml");
    // git hash-object of the yaml above
    assertThat(entry.get("sha").getStringValue())
        .isEqualTo("f6f89186bddac6084918dd6558858afb4604dc15");
    assertThat(entry.get("content").getStringValue().split("\n")[0]).hasSize(60);
  }

  @Test
  void aRepositorysOwnConfigWinsAndMissingConfigIsEmpty(FakeGitHub github) {
    github.stubConfig("my-bot.yml", "everywhere: true\n");
    github.stubConfig(HELLO, "my-bot.yml", "here: true\n");

    var repos = clients.installation(42).repos();

    assertThat(repos.getContent(HELLO, ".github/my-bot.yml", null)).contains("here: true\n");
    assertThat(repos.getContent(new RepoRef("octo", "other"), ".github/my-bot.yml", null))
        .contains("everywhere: true\n");
    assertThat(repos.getContent(HELLO, ".github/other-bot.yml", null)).isEmpty();
    assertThat(github.unexpectedCalls()).isEmpty();
  }

  @Test
  void aStubOfARepositorysIssuesIsCompletedSoListForRepoReadsIt(FakeGitHub github) {
    github.stub(
        "GET /repos/{owner}/{repo}/issues",
        200,
        "[{\"number\":3,\"updated_at\":\"2026-01-02T00:00:00Z\"}]");

    assertThat(clients.installation(42).issues().listForRepo(HELLO, Issues.State.OPEN, null))
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.number()).isEqualTo(3);
              assertThat(issue.updatedAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
            });
    github
        .assertCalled("GET /repos/{owner}/{repo}/issues")
        .withQueryParam("state", "open")
        .withQueryParam("sort", "updated")
        .withQueryParam("direction", "asc");
  }
}
