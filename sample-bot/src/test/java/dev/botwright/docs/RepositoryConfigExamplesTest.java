package dev.botwright.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.DeliveryFailure.HandlerFailure;
import dev.botwright.github.RepoRef;
import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.WebhookSender;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repository-config guide's examples, run against the fake GitHub. */
@BotTest
@Property(name = "docs.repo-config", value = "true")
class RepositoryConfigExamplesTest {

  static final String LABELS = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";
  static final RepoRef HELLO = new RepoRef("Codertocat", "Hello-World");

  @Inject NightlyConfigReader nightly;

  @Test
  void labelsAsTheRepositorySays(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, "labeler.yml", "labels: [bug, needs-triage]\n");

    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    github.assertCalled(LABELS).withJsonBody("{\"labels\":[\"bug\",\"needs-triage\"]}");
  }

  @Test
  void usesTheOwnersSettingsWhenTheRepositoryHasNone(FakeGitHub github, WebhookSender webhooks) {
    github.stubOrgConfig("Codertocat", "labeler.yml", "labels: [from-the-org]\n");

    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    github.assertCalled(LABELS).withJsonBody("{\"labels\":[\"from-the-org\"]}");
    github.assertCalled("GET /repos/Codertocat/Hello-World/contents/.github/labeler.yml");
    github.assertCalled("GET /repos/Codertocat/.github/contents/.github/labeler.yml");
  }

  @Test
  void followsExtendsAndMergesOverTheDefaults(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, "labeler.yml", "_extends: octo-org/settings:bots/labeler.yml\n");
    github.stubConfigFile(
        new RepoRef("octo-org", "settings"), "bots/labeler.yml", "limits:\n  maxLabels: 2\n");

    LabelerConfig config = nightly.onBranch(FakeGitHub.INSTALLATION_ID, HELLO, "main");

    assertThat(config)
        .isEqualTo(new LabelerConfig(true, List.of("triage"), new LabelerConfig.Limits(2, 3)));
    github
        .assertCalled("GET /repos/Codertocat/Hello-World/contents/.github/labeler.yml")
        .withQueryParam("ref", "main");
  }

  @Test
  void aMistakeInTheFileFailsTheHandlerWithTheLine(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, "labeler.yml", "labels: [bug]\nenabled: sometimes\n");

    List<HandlerFailure> failures =
        webhooks.send("issues.opened", "fixtures/issues.opened.json").assertFailed();

    assertThat(failures.get(0).error())
        .hasMessage(
            "Key 'enabled' in Codertocat/Hello-World:.github/labeler.yml, line 2 has the wrong"
                + " type: LabelerConfig expects true or false there, not 'sometimes'. Fix the"
                + " value in the file.");
    github.assertNotCalled(LABELS);
  }

  @Test
  void anUnchangedFileIsNotFetchedAgain(FakeGitHub github) {
    github.stubConfig(HELLO, "labeler.yml", "labels: [bug]\n");

    nightly.labelerConfig(FakeGitHub.INSTALLATION_ID, HELLO);
    nightly.labelerConfig(FakeGitHub.INSTALLATION_ID, HELLO);

    // the second read sent the first answer's ETag: GitHub answered 304, which costs no rate limit
    github.assertCalled("GET /repos/Codertocat/Hello-World/contents/.github/labeler.yml").times(2);
    assertThat(github.notModifiedCalls()).hasSize(1);
  }

  @Test
  void noFileAnywhereIsNotAnError(FakeGitHub github) {
    assertThat(nightly.labelerConfig(FakeGitHub.INSTALLATION_ID, HELLO)).isEmpty();
  }
}
