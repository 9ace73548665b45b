package {{package}};

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.WebhookSender;
import org.junit.jupiter.api.Test;

@BotTest
class SettingsPullRequestTest {

  static final String HEAD_SHA = "aa218f56b14c9653891f9e74264a383fa43fefbd";

  @Test
  void opensAPullRequestAgainstTheDefaultBranch(FakeGitHub github, WebhookSender webhooks) {
    github.stub("GET /repos/{owner}/{repo}", 200, "{\"default_branch\": \"trunk\"}");
    github.stub(
        "GET /repos/Codertocat/Hello-World/branches/trunk",
        200,
        "{\"name\": \"trunk\", \"commit\": {\"sha\": \"" + HEAD_SHA + "\"}}");

    webhooks.send("installation.created", "fixtures/installation.created.json").assertHandled();

    github
        .assertCalled("POST /repos/Codertocat/Hello-World/git/refs")
        .times(1)
        .withBodyContaining("\"ref\":\"refs/heads/add-{{name}}-settings\"")
        .withBodyContaining("\"sha\":\"" + HEAD_SHA + "\"");
    github
        .assertCalled("PUT /repos/Codertocat/Hello-World/contents/.github/{{name}}.yml")
        .times(1)
        .withBodyContaining("\"branch\":\"add-{{name}}-settings\"");
    github
        .assertCalled("POST /repos/Codertocat/Hello-World/pulls")
        .times(1)
        .withBodyContaining("\"head\":\"add-{{name}}-settings\"")
        .withBodyContaining("\"base\":\"trunk\"");
  }

  @Test
  void skipsARepositoryWhereTheBranchExists(FakeGitHub github, WebhookSender webhooks) {
    github.stub("GET /repos/{owner}/{repo}", 200, "{\"default_branch\": \"main\"}");
    github.stub(
        "GET /repos/{owner}/{repo}/branches/main",
        200,
        "{\"commit\": {\"sha\": \"" + HEAD_SHA + "\"}}");
    github.stub(
        "POST /repos/{owner}/{repo}/git/refs", 422, "{\"message\":\"Reference already exists\"}");

    webhooks.send("installation.created", "fixtures/installation.created.json").assertHandled();

    github.assertNotCalled("POST /repos/{owner}/{repo}/pulls");
  }

  @Test
  void doesNothingWithoutRepositories(FakeGitHub github, WebhookSender webhooks) {
    byte[] noRepositories =
        Payloads.withReplaced(
            "installation.created.json", "\"repositories\": [", "\"other_repositories\": [");

    webhooks.send("installation.created", noRepositories).assertHandled();

    github.assertNoCalls();
  }
}
