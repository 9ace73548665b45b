package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.botwright.event.ContentDirectory;
import dev.botwright.event.Installation;
import dev.botwright.event.Issue;
import dev.botwright.event.IssueComment;
import dev.botwright.event.Label;
import dev.botwright.github.CheckRunRequest;
import dev.botwright.github.Checks.CommitState;
import dev.botwright.github.ContentEntry;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.IssueRef;
import dev.botwright.github.Issues;
import dev.botwright.github.PullRequestRef;
import dev.botwright.github.PullRequests.MergeMethod;
import dev.botwright.github.PullRequests.ReviewEvent;
import dev.botwright.github.RepoRef;
import dev.botwright.github.Repositories;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TypedHelpersTest {

  private static final RepoRef REPO = new RepoRef("octo", "hello");
  private static final IssueRef ISSUE = new IssueRef(REPO, 7);
  private static final PullRequestRef PULL = new PullRequestRef(REPO, 9);

  private final ClientHarness harness = new ClientHarness(Map.of("botwright.client.pacing", false));
  private final GitHubClient github = harness.clients.installation(42);

  @BeforeEach
  void answerEverything() {
    GitHubAnswers.stubAll(harness.github, 9);
    harness.github.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{}")));
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void issues() {
    assertThat(github.issues().createComment(ISSUE, "Thanks!").id()).isEqualTo(1);
    assertThat(github.issues().addLabels(ISSUE, "bug", "triage"))
        .extracting(Label::id)
        .contains(1L);
    github.issues().removeLabel(ISSUE, "needs info");
    github.issues().close(ISSUE);
    github.issues().addCommentReaction(REPO, 55, "+1");
    github.issues().create(REPO, "Title", null);
    github.issues().lock(ISSUE, "resolved");
    github.issues().deleteComment(REPO, 56);

    harness.github.verify(
        postRequestedFor(urlEqualTo("/repos/octo/hello/issues/7/comments"))
            .withRequestBody(equalToJson("{\"body\":\"Thanks!\"}")));
    harness.github.verify(
        postRequestedFor(urlEqualTo("/repos/octo/hello/issues/7/labels"))
            .withRequestBody(equalToJson("{\"labels\":[\"bug\",\"triage\"]}")));
    harness.github.verify(
        deleteRequestedFor(urlEqualTo("/repos/octo/hello/issues/7/labels/needs%20info")));
    harness.github.verify(
        patchRequestedFor(urlEqualTo("/repos/octo/hello/issues/7"))
            .withRequestBody(equalToJson("{\"state\":\"closed\"}")));
    harness.github.verify(
        postRequestedFor(urlEqualTo("/repos/octo/hello/issues/comments/55/reactions"))
            .withRequestBody(equalToJson("{\"content\":\"+1\"}")));
    harness.github.verify(
        postRequestedFor(urlEqualTo("/repos/octo/hello/issues"))
            .withRequestBody(equalToJson("{\"title\":\"Title\"}")));
    harness.github.verify(
        putRequestedFor(urlEqualTo("/repos/octo/hello/issues/7/lock"))
            .withRequestBody(equalToJson("{\"lock_reason\":\"resolved\"}")));
    harness.github.verify(deleteRequestedFor(urlEqualTo("/repos/octo/hello/issues/comments/56")));
  }

  @Test
  void listCommentsPaginates() {
    String route = "GET /repos/{owner}/{repo}/issues/{issue_number}/comments";
    harness.github.stubFor(
        get("/repos/octo/hello/issues/7/comments?per_page=100")
            .willReturn(okJson(GitHubAnswers.items(route, "{\"id\":1}", "{\"id\":2}"))));

    assertThat(github.issues().listComments(ISSUE))
        .extracting(IssueComment::id)
        .containsExactly(1L, 2L);
  }

  @Test
  void pullRequests() {
    github.pulls().createReview(PULL, ReviewEvent.REQUEST_CHANGES, "Please add tests");
    github.pulls().merge(PULL, MergeMethod.SQUASH, null);
    github.pulls().requestReviewers(PULL, List.of("alice"), List.of());
    github.pulls().create(REPO, "Fix", "fix-branch", "main", "Body");

    harness.github.verify(
        postRequestedFor(urlEqualTo("/repos/octo/hello/pulls/9/reviews"))
            .withRequestBody(
                equalToJson("{\"event\":\"REQUEST_CHANGES\",\"body\":\"Please add tests\"}")));
    harness.github.verify(
        putRequestedFor(urlEqualTo("/repos/octo/hello/pulls/9/merge"))
            .withRequestBody(equalToJson("{\"merge_method\":\"squash\"}")));
    harness.github.verify(
        postRequestedFor(urlEqualTo("/repos/octo/hello/pulls/9/requested_reviewers"))
            .withRequestBody(equalToJson("{\"reviewers\":[\"alice\"],\"team_reviewers\":[]}")));
    harness.github.verify(
        postRequestedFor(urlEqualTo("/repos/octo/hello/pulls"))
            .withRequestBody(
                equalToJson(
                    "{\"title\":\"Fix\",\"head\":\"fix-branch\",\"base\":\"main\",\"body\":\"Body\"}")));
  }

  @Test
  void checks() {
    github
        .checks()
        .createCheckRun(
            REPO,
            CheckRunRequest.create("lint", "abc123").status(CheckRunRequest.Status.IN_PROGRESS));
    github
        .checks()
        .updateCheckRun(
            REPO,
            77,
            CheckRunRequest.update()
                .completed(CheckRunRequest.Conclusion.SUCCESS)
                .output("OK", "All good"));
    github
        .checks()
        .createCommitStatus(REPO, "abc123", CommitState.FAILURE, "ci/lint", "2 problems", null);

    harness.github.verify(
        postRequestedFor(urlEqualTo("/repos/octo/hello/check-runs"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"lint\",\"head_sha\":\"abc123\",\"status\":\"in_progress\"}")));
    harness.github.verify(
        patchRequestedFor(urlEqualTo("/repos/octo/hello/check-runs/77"))
            .withRequestBody(
                equalToJson(
                    "{\"status\":\"completed\",\"conclusion\":\"success\",\"output\":{\"title\":\"OK\",\"summary\":\"All good\"}}")));
    harness.github.verify(
        postRequestedFor(urlEqualTo("/repos/octo/hello/statuses/abc123"))
            .withRequestBody(
                equalToJson(
                    "{\"state\":\"failure\",\"context\":\"ci/lint\",\"description\":\"2 problems\"}")));
  }

  @Test
  void repositoryContents() {
    harness.github.stubFor(
        get("/repos/octo/hello/contents/.github/bot.yml?ref=main")
            .willReturn(
                okJson(
                    "{\"type\":\"file\",\"encoding\":\"base64\",\"content\":\"ZW5hYmxl\\nZDogdHJ1ZQ==\\n\"}")));
    harness.github.stubFor(get("/repos/octo/hello/contents/missing.yml").willReturn(notFound()));

    assertThat(github.repos().getContent(REPO, ".github/bot.yml", "main"))
        .contains("enabled: true");
    assertThat(github.repos().getContent(REPO, "missing.yml", null)).isEmpty();

    github.repos().createOrUpdateFile(REPO, "docs/a b.md", "Add docs", "hi", null, "main");
    harness.github.verify(
        putRequestedFor(urlEqualTo("/repos/octo/hello/contents/docs/a%20b.md"))
            .withRequestBody(
                equalToJson(
                    "{\"message\":\"Add docs\",\"content\":\"aGk=\",\"branch\":\"main\"}")));
  }

  @Test
  void repositoriesAndInstallations() {
    github.repos().createRef(REPO, "refs/heads/fix", "abc");
    harness.github.stubFor(
        get("/app/installations?per_page=100")
            .willReturn(
                okJson(GitHubAnswers.items("GET /app/installations", "{\"id\":1}", "{\"id\":2}"))));

    assertThat(harness.clients.app().repos().listInstallations())
        .extracting(Installation::id)
        .containsExactly(1L, 2L);
    harness.github.verify(
        postRequestedFor(urlEqualTo("/repos/octo/hello/git/refs"))
            .withRequestBody(equalToJson("{\"ref\":\"refs/heads/fix\",\"sha\":\"abc\"}")));
    harness.github.verify(getRequestedFor(urlEqualTo("/app/installations?per_page=100")));
  }

  @Test
  void listForRepoStreamsIssuesLeastRecentlyUpdatedFirst() {
    String route = "GET /repos/{owner}/{repo}/issues";
    harness.github.stubFor(
        get(urlPathEqualTo("/repos/octo/hello/issues"))
            .withQueryParam("state", equalTo("open"))
            .withQueryParam("sort", equalTo("updated"))
            .withQueryParam("direction", equalTo("asc"))
            .withQueryParam("since", equalTo("2026-01-01T00:00:00Z"))
            .willReturn(
                okJson(
                    GitHubAnswers.items(
                        route,
                        "{\"number\":3,\"updated_at\":\"2026-01-02T00:00:00Z\"}",
                        "{\"number\":5,\"updated_at\":\"2026-01-09T00:00:00Z\"}"))));

    List<Issue> issues =
        github
            .issues()
            .listForRepo(REPO, Issues.State.OPEN, Instant.parse("2026-01-01T00:00:00Z"))
            .toList();

    assertThat(issues).extracting(Issue::number).containsExactly(3L, 5L);
    assertThat(issues.get(0).updatedAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
  }

  @Test
  void listForRepoWithoutSinceAsksForEveryIssue() {
    harness.github.stubFor(
        get(urlPathEqualTo("/repos/octo/hello/issues"))
            .willReturn(okJson(GitHubAnswers.items("GET /repos/{owner}/{repo}/issues"))));

    assertThat(github.issues().listForRepo(REPO, Issues.State.ALL, null)).isEmpty();

    harness.github.verify(
        getRequestedFor(
            urlEqualTo(
                "/repos/octo/hello/issues?state=all&sort=updated&direction=asc&per_page=100")));
  }

  @Test
  void reactionsAreListedAndRemoved() {
    harness.github.stubFor(
        get("/repos/octo/hello/issues/7/reactions?per_page=100")
            .willReturn(
                okJson(
                    GitHubAnswers.items(
                        "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
                        "{\"id\":5,\"content\":\"eyes\"}"))));

    assertThat(github.issues().listReactions(ISSUE))
        .singleElement()
        .satisfies(
            reaction -> {
              assertThat(reaction.id()).isEqualTo(5);
              assertThat(reaction.content().value()).isEqualTo("eyes");
            });
    github.issues().removeReaction(ISSUE, 5);
    github.issues().removeCommentReaction(REPO, 55, 6);

    harness.github.verify(deleteRequestedFor(urlEqualTo("/repos/octo/hello/issues/7/reactions/5")));
    harness.github.verify(
        deleteRequestedFor(urlEqualTo("/repos/octo/hello/issues/comments/55/reactions/6")));
  }

  @Test
  void contentEntriesAreTypedByKind() {
    String links = "\"_links\":{\"self\":\"https://api.github.com/x\"}";
    String common = ",\"sha\":\"abc\",\"size\":0,\"url\":\"https://api.github.com/x\"";
    harness.github.stubFor(
        get("/repos/octo/hello/contents/docs")
            .willReturn(
                okJson(
                    "[{"
                        + links
                        + ",\"name\":\"a.md\",\"path\":\"docs/a.md\",\"type\":\"file\""
                        + common
                        + "},{"
                        + links
                        + ",\"name\":\"img\",\"path\":\"docs/img\",\"type\":\"dir\""
                        + common
                        + "}]")));
    harness.github.stubFor(
        get("/repos/octo/hello/contents/link")
            .willReturn(
                okJson(
                    "{"
                        + links
                        + ",\"name\":\"link\",\"path\":\"link\",\"type\":\"symlink\","
                        + "\"target\":\"/etc/hosts\""
                        + common
                        + "}")));
    harness.github.stubFor(
        get("/repos/octo/hello/contents/vendor/lib")
            .willReturn(
                okJson(
                    "{"
                        + links
                        + ",\"name\":\"lib\",\"path\":\"vendor/lib\",\"type\":\"submodule\","
                        + "\"submodule_git_url\":\"git://github.com/octo/lib.git\""
                        + common
                        + "}")));
    harness.github.stubFor(
        get("/repos/octo/hello/contents/a.txt?ref=main")
            .willReturn(
                okJson(
                    "{"
                        + links
                        + ",\"name\":\"a.txt\",\"path\":\"a.txt\",\"type\":\"file\","
                        + "\"encoding\":\"base64\",\"content\":\"aGk=\\n\""
                        + common
                        + "}")));
    harness.github.stubFor(get("/repos/octo/hello/contents/missing").willReturn(notFound()));
    Repositories repos = github.repos();

    ContentEntry docs = repos.getContentEntry(REPO, "docs", null).orElseThrow();
    assertThat(docs).isInstanceOf(ContentEntry.Directory.class);
    assertThat(((ContentEntry.Directory) docs).entries())
        .extracting(ContentDirectory::path, entry -> entry.type().value())
        .containsExactly(tuple("docs/a.md", "file"), tuple("docs/img", "dir"));
    assertThat(repos.getContentEntry(REPO, "link", null).orElseThrow())
        .isInstanceOfSatisfying(
            ContentEntry.Symlink.class,
            link -> assertThat(link.symlink().target()).isEqualTo("/etc/hosts"));
    assertThat(repos.getContentEntry(REPO, "vendor/lib", null).orElseThrow())
        .isInstanceOfSatisfying(
            ContentEntry.Submodule.class,
            sub ->
                assertThat(sub.submodule().submoduleGitUrl())
                    .isEqualTo("git://github.com/octo/lib.git"));
    assertThat(repos.getContentEntry(REPO, "a.txt", "main").orElseThrow())
        .isInstanceOfSatisfying(
            ContentEntry.File.class, file -> assertThat(file.file().content()).isEqualTo("aGk=\n"));
    assertThat(repos.getContent(REPO, "a.txt", "main")).contains("hi");
    assertThat(repos.getFile(REPO, "a.txt", "main").orElseThrow().sha()).isEqualTo("abc");
    assertThat(repos.getContentEntry(REPO, "missing", null)).isEmpty();
    assertThatThrownBy(() -> repos.getFile(REPO, "docs", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "'docs' in octo/hello is a directory, not a file; use getContentEntry to read it");
    // The JSON stays one route-style call away.
    assertThat(
            github
                .request(
                    "GET /repos/{owner}/{repo}/contents/{+path}",
                    Map.of("owner", "octo", "repo", "hello", "path", "link"))
                .body()
                .get("target")
                .getStringValue())
        .isEqualTo("/etc/hosts");
  }

  @Test
  void collaboratorPermissionIsTyped() {
    harness.github.stubFor(
        get("/repos/octo/hello/collaborators/alice/permission")
            .willReturn(
                okJson(
                    GitHubAnswers.with(
                        "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
                        "{\"permission\":\"write\",\"role_name\":\"maintain\"}"))));

    assertThat(github.repos().getCollaboratorPermission(REPO, "alice"))
        .satisfies(
            p -> {
              assertThat(p.permission()).isEqualTo("write");
              assertThat(p.roleName()).isEqualTo("maintain");
            });
  }
}
