package dev.botwright.test;

import static dev.botwright.test.ConfigHandlers.COMMENTS;
import static dev.botwright.test.ConfigHandlers.FILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.DeliveryFailure.HandlerFailure;
import dev.botwright.github.RepoRef;
import dev.botwright.repoconfig.ConfigFile;
import dev.botwright.repoconfig.RepositoryConfigException;
import dev.botwright.repoconfig.RepositoryConfigs;
import dev.botwright.test.ConfigHandlers.GreeterConfig;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@code ctx.config}, through a handler and the fake GitHub. With the kit's settings
 * every read asks the fake again ({@code max-age: 0s}), so tests do not see each other's files;
 * {@link RepositoryConfigCacheTest} tests the cache with its production settings.
 */
@BotTest
@Property(name = "spec.name", value = "RepositoryConfigTest")
class RepositoryConfigTest {

  static final RepoRef HELLO = new RepoRef("Codertocat", "Hello-World");
  static final String HELLO_FILE = "GET /repos/Codertocat/Hello-World/contents/.github/greeter.yml";
  static final String ORG_FILE = "GET /repos/Codertocat/.github/contents/.github/greeter.yml";

  @Inject RepositoryConfigs configs;

  @Test
  void theRepositorysFileIsMergedOverTheDefaultsAndUnknownKeysAreIgnored(
      FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, FILE, "greeting: Hi there\nrules:\n  days: 3\nsomething-else: 1\n");

    webhooks.send("issues.opened").assertHandled();

    github.assertCalled(COMMENTS).withJsonBody("{\"body\":\"Hi there [triage] 3 true\"}");
    github.assertCalled(HELLO_FILE).times(1);
    github.assertNotCalled(ORG_FILE);
  }

  @Test
  void aFileMissingEverywhereGivesTheDefaults(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened").assertHandled();

    github.assertCalled(COMMENTS).withJsonBody("{\"body\":\"Welcome [triage] 30 true\"}");
    github.assertCalled(HELLO_FILE).times(1);
    github.assertCalled(ORG_FILE).times(1);
    assertThat(configs.read(42, ConfigFile.of(HELLO, FILE), GreeterConfig.class)).isEmpty();
  }

  @Test
  void aRepositoryWithoutTheFileFallsBackToTheOwnersGithubRepository(
      FakeGitHub github, WebhookSender webhooks) {
    github.stubOrgConfig("Codertocat", FILE, "greeting: Hello from the org\nlabels: [org]\n");

    webhooks.send("issues.opened").assertHandled();

    github.assertCalled(COMMENTS).withJsonBody("{\"body\":\"Hello from the org [org] 30 true\"}");
    github.assertCalled(HELLO_FILE).times(1);
    github.assertCalled(ORG_FILE).times(1);
  }

  @Test
  void extendsAnotherRepositoryOfTheOwnerDeepMergingObjectsAndReplacingArrays(
      FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, FILE, "_extends: shared\ngreeting: Mine\nlabels: [mine]\n");
    github.stubConfig(
        new RepoRef("Codertocat", "shared"),
        FILE,
        "greeting: Shared\nlabels: [a, b]\nrules:\n  days: 7\n  close: false\n");

    webhooks.send("issues.opened").assertHandled();

    github.assertCalled(COMMENTS).withJsonBody("{\"body\":\"Mine [mine] 7 false\"}");
    github.assertCalled("GET /repos/Codertocat/shared/contents/.github/greeter.yml").times(1);
  }

  @Test
  void extendsAcrossOwnersWithAPathAndChains(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, FILE, "_extends: octo-org/settings:bots/greeter.yml\n");
    github.stubConfigFile(
        new RepoRef("octo-org", "settings"),
        "bots/greeter.yml",
        "_extends: base\ngreeting: From settings\n");
    github.stubConfig(new RepoRef("octo-org", "base"), FILE, "rules:\n  days: 1\n");

    webhooks.send("issues.opened").assertHandled();

    github.assertCalled(COMMENTS).withJsonBody("{\"body\":\"From settings [triage] 1 true\"}");
    github.assertCalled("GET /repos/octo-org/settings/contents/bots/greeter.yml").times(1);
    github.assertCalled("GET /repos/octo-org/base/contents/.github/greeter.yml").times(1);
  }

  @Test
  void theOwnersFileMayExtendToo(FakeGitHub github, WebhookSender webhooks) {
    github.stubOrgConfig("Codertocat", FILE, "_extends: octo-org/settings\nlabels: [org]\n");
    github.stubConfig(new RepoRef("octo-org", "settings"), FILE, "greeting: Shared\n");

    webhooks.send("issues.opened").assertHandled();

    github.assertCalled(COMMENTS).withJsonBody("{\"body\":\"Shared [org] 30 true\"}");
  }

  @Test
  void aCycleFailsTheHandlerNamingTheChain(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, FILE, "_extends: other\n");
    github.stubConfig(new RepoRef("Codertocat", "other"), FILE, "_extends: Hello-World\n");

    RepositoryConfigException error = failure(webhooks);

    assertThat(error)
        .hasMessage(
            "The _extends chain Codertocat/Hello-World:.github/greeter.yml"
                + " -> Codertocat/other:.github/greeter.yml"
                + " -> Codertocat/Hello-World:.github/greeter.yml loops back: remove the _extends"
                + " that points back to an earlier file.");
    assertThat(error.file()).isEqualTo("Codertocat/other:.github/greeter.yml");
    github.assertNotCalled(COMMENTS);
  }

  @Test
  void aChainLongerThanTheLimitFails(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, FILE, "_extends: r1\n");
    for (int i = 1; i <= 11; i++) {
      github.stubConfig(new RepoRef("Codertocat", "r" + i), FILE, "_extends: r" + (i + 1) + "\n");
    }

    RepositoryConfigException error = failure(webhooks);

    assertThat(error.getMessage())
        .startsWith("The _extends chain Codertocat/Hello-World:.github/greeter.yml -> ")
        .endsWith(
            " -> Codertocat/r10:.github/greeter.yml -> Codertocat/r11:.github/greeter.yml is"
                + " longer than 10 links (botwright.repo-config.max-extends): shorten it.");
    github.assertNotCalled("GET /repos/Codertocat/r11/contents/.github/greeter.yml");
  }

  @Test
  void anExtendsTargetThatDoesNotExistFails(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, FILE, "_extends: octo-org/missing\n");

    assertThat(failure(webhooks))
        .hasMessage(
            "Codertocat/Hello-World:.github/greeter.yml has '_extends: octo-org/missing', but"
                + " octo-org/missing:.github/greeter.yml does not exist or this app cannot read it"
                + " (chain: Codertocat/Hello-World:.github/greeter.yml): fix the value, or install"
                + " the app on octo-org/missing.");
  }

  @Test
  void anExtendsValueThatIsNotARepositoryFails(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, FILE, "_extends: [a, b]\n");

    assertThat(failure(webhooks))
        .hasMessage(
            "Codertocat/Hello-World:.github/greeter.yml has an _extends that is not text: write"
                + " 'other-repo', 'owner/repo' or 'owner/repo:path/to/file.yml'.");
  }

  @Test
  void aYamlErrorNamesTheFileAndTheLine(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, FILE, "greeting: Hi\nlabels: [a, b\nrules:\n  days: 3\n");

    RepositoryConfigException error = failure(webhooks);

    assertThat(error.getMessage())
        .startsWith("Codertocat/Hello-World:.github/greeter.yml is not valid YAML at line 3,")
        .endsWith("Fix the file and push it.");
    assertThat(error.file()).isEqualTo("Codertocat/Hello-World:.github/greeter.yml");
  }

  @Test
  void aWrongTypeNamesTheKeyAndTheLine(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, FILE, "greeting: Hi\n\nrules:\n  close: true\n  days: soon\n");

    assertThat(failure(webhooks))
        .hasMessage(
            "Key 'rules.days' in Codertocat/Hello-World:.github/greeter.yml, line 5 has the wrong"
                + " type: GreeterConfig expects int there (Unable to coerce string to integer)."
                + " Fix the value in the file.");
  }

  @Test
  void aWrongTypeInAnExtendedFileNamesThatFile(FakeGitHub github, WebhookSender webhooks) {
    github.stubConfig(HELLO, FILE, "_extends: shared\ngreeting: Hi\n");
    github.stubConfig(new RepoRef("Codertocat", "shared"), FILE, "labels: {a: 1}\n");

    RepositoryConfigException error = failure(webhooks);

    assertThat(error.getMessage())
        .startsWith(
            "Key 'labels' in Codertocat/shared:.github/greeter.yml, line 1 has the wrong type:"
                + " GreeterConfig expects ");
    assertThat(error.file()).isEqualTo("Codertocat/shared:.github/greeter.yml");
  }

  @Test
  void aFileOverOneMegabyteFailsClearly(FakeGitHub github, WebhookSender webhooks) {
    // What the contents API answers for a file between 1 and 100 MB: no inline content.
    github.stub(
        HELLO_FILE,
        200,
        "{\"type\":\"file\",\"encoding\":\"none\",\"content\":\"\",\"size\":2097152,"
            + "\"name\":\"greeter.yml\",\"path\":\".github/greeter.yml\","
            + "\"sha\":\"3d21ec53a331a6f037a91c368710b99387d012c1\"}");

    assertThat(failure(webhooks))
        .hasMessage(
            "Codertocat/Hello-World:.github/greeter.yml is 2097152 bytes, over the 1 MB limit for"
                + " configuration files (GitHub's contents API returns no more): make it smaller,"
                + " e.g. move shared parts to another file and name it in _extends.");
  }

  @Test
  void jsonFilesAreReadTooTabsIncluded(FakeGitHub github) {
    github.stubConfig(
        HELLO, "greeter.json", "{\n\t\"greeting\": \"Json\",\n\t\"labels\": [\"x\"]\n}\n");

    GreeterConfig config =
        configs.read(
            42, ConfigFile.of(HELLO, "greeter.json"), GreeterConfig.class, GreeterConfig.DEFAULTS);

    assertThat(ConfigHandlers.describe(config)).isEqualTo("Json [x] 30 true");
  }

  @Test
  void aRefIsPassedToTheContentsApiForTheRepositorysFile(FakeGitHub github) {
    github.stubConfig(HELLO, FILE, "greeting: On a branch\n");

    GreeterConfig config =
        configs.read(42, ConfigFile.of(HELLO, FILE).at("release-2"), GreeterConfig.class).get();

    assertThat(config.greeting()).isEqualTo("On a branch");
    github.assertCalled(HELLO_FILE).withQueryParam("ref", "release-2").asInstallation(42);
  }

  @Test
  void aRevalidatedFileIsAnsweredFromTheCacheWithoutASecondFullFetch(
      FakeGitHub github, WebhookSender webhooks) {
    RepoRef repo = new RepoRef("revalidated", "app");
    github.stubConfig(repo, FILE, "greeting: Cached\n");

    webhooks.send(ConfigHandlers.issueIn(repo)).assertHandled();
    webhooks.send(ConfigHandlers.issueIn(repo)).assertHandled();

    github.assertCalled(COMMENTS).times(2).withJsonBody("{\"body\":\"Cached [triage] 30 true\"}");
    List<Call> reads =
        github
            .assertCalled("GET /repos/revalidated/app/contents/.github/greeter.yml")
            .times(2)
            .calls();
    assertThat(reads.get(0).headers()).doesNotContainKey("if-none-match");
    assertThat(reads.get(1).headers()).containsKey("if-none-match");
    assertThat(github.notModifiedCalls()).containsExactly(reads.get(1));
  }

  private static RepositoryConfigException failure(WebhookSender webhooks) {
    List<HandlerFailure> failures = webhooks.send("issues.opened").assertFailed();
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).error()).isInstanceOf(RepositoryConfigException.class);
    return (RepositoryConfigException) failures.get(0).error();
  }
}
