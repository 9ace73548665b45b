package dev.botwright.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.github.GitHubClients;
import dev.botwright.github.IssueRef;
import dev.botwright.github.RepoRef;
import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fault;
import dev.botwright.test.WebhookSender;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The testing guide's FakeGitHub examples: stubs, JSON assertions, faults, clients. */
@BotTest
class FakeGitHubExamplesTest {

  static final String COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

  @Inject GitHubClients clients;

  @Test
  void checksTheCommentAndNothingElse(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    github
        .assertCalled(COMMENTS)
        .times(1)
        .withJsonBody(
            "{\"body\":\"Thanks for opening this issue, @Codertocat! We'll take a look soon.\\n"
                + "<!-- botwright:greeting -->\"}")
        .withJsonPath(
            "body",
            "Thanks for opening this issue, @Codertocat! We'll take a look soon.\n"
                + "<!-- botwright:greeting -->")
        .withHeader("Authorization", "token ***");
    // the sample bot looked for its .github/botwright.yml, then in the owner's .github
    github.assertCalled("GET /repos/{owner}/{repo}/contents/.github/botwright.yml").times(2);
    github.assertNoMoreCalls();
  }

  @Test
  void survivesAFlakyGitHub(FakeGitHub github, WebhookSender webhooks) {
    github.failNext(COMMENTS, Fault.serverError().times(2));

    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    // two 502s, then the retry that worked
    github.assertCalled(COMMENTS).times(3);
  }

  @Test
  void readsAConfigFile(FakeGitHub github) {
    github.stubConfig("sample-bot.yml", "greeting: Hi there!\n");
    RepoRef repo = new RepoRef("octo", "hello");

    var repos = clients.installation(42).repos();

    assertThat(repos.getContent(repo, ".github/sample-bot.yml", null))
        .contains("greeting: Hi there!\n");
    // a config file nobody stubbed does not exist
    assertThat(repos.getContent(repo, ".github/other.yml", null)).isEmpty();
  }

  @Test
  void actsWithoutAWebhook(FakeGitHub github) {
    // what a @Scheduled job or an HTTP endpoint does, called directly
    clients
        .installation(42)
        .issues()
        .createComment(new IssueRef(new RepoRef("octo", "hello"), 7), "Nightly report");

    github
        .assertCalled(COMMENTS)
        .withJsonBodyContaining("{\"body\":\"Nightly report\"}")
        .withHeader("Authorization", "token ***");
    github.assertNoMoreCalls();
  }
}
