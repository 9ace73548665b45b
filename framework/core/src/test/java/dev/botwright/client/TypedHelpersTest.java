package dev.botwright.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.IssueRef;
import dev.botwright.PullRequestRef;
import dev.botwright.RepoRef;
import dev.botwright.event.Installation;
import dev.botwright.event.IssueComment;
import dev.botwright.event.Label;
import dev.botwright.github.CheckRunRequest;
import dev.botwright.github.Checks.CommitState;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.PullRequests.MergeMethod;
import dev.botwright.github.PullRequests.ReviewEvent;
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
        .createCheckRun(REPO, CheckRunRequest.create("lint", "abc123").status("in_progress"));
    github
        .checks()
        .updateCheckRun(
            REPO, 77, CheckRunRequest.update().completed("success").output("OK", "All good"));
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
}
