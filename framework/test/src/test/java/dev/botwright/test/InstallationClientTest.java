package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.github.GitHubClients;
import dev.botwright.github.IssueRef;
import dev.botwright.github.RepoRef;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Scheduled or HTTP-triggered code is tested by calling it with an injected client, no webhook. */
@BotTest
class InstallationClientTest {

  @Inject GitHubClients clients;

  @Test
  void actsAsAnInstallationWithoutAWebhook(FakeGitHub github) {
    clients
        .installation(42)
        .issues()
        .createComment(new IssueRef(new RepoRef("octo", "hello"), 7), "Nightly report");

    github
        .assertCalled("POST /repos/{owner}/{repo}/issues/{issue_number}/comments")
        .withJsonBody("{\"body\":\"Nightly report\"}")
        .withHeader("Authorization", "token ***");
    assertThat(github.calls().get(0).path()).isEqualTo("/app/installations/42/access_tokens");
    github.assertNoMoreCalls();
  }
}
