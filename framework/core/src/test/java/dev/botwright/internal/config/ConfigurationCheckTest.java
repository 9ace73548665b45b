package dev.botwright.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.botwright.BotwrightConfigurationException;
import dev.botwright.config.AppConfiguration;
import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.config.SetupConfiguration;
import dev.botwright.config.WebhookConfiguration;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationCheckTest {

  @Test
  void listsEveryMissingSettingInOneMessageWhenSetupModeIsOff() {
    assertThatThrownBy(
            () ->
                ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .properties(Map.of("botwright.setup.enabled", "false"))
                    .start()
                    .close())
        .hasRootCauseInstanceOf(BotwrightConfigurationException.class)
        .rootCause()
        .hasMessage(
            String.join(
                System.lineSeparator(),
                "Botwright cannot start: 3 settings need attention:",
                "  - botwright.app.id (environment variable APP_ID) is not set: use the App ID"
                    + " shown on the GitHub App's settings page.",
                "  - botwright.app.private-key or botwright.app.private-key-path (PRIVATE_KEY or"
                    + " PRIVATE_KEY_PATH) is not set: generate a private key on the GitHub App's"
                    + " settings page and give its PEM text or file.",
                "  - botwright.webhook.secrets (WEBHOOK_SECRET) is not set: use the webhook"
                    + " secret from the GitHub App's settings page. Botwright never accepts"
                    + " unsigned webhooks."));
  }

  @Test
  void startsInSetupModeWhenTheAppIdAndKeyAreMissing() {
    try (ApplicationContext context =
        ApplicationContext.builder().deduceEnvironment(false).start()) {
      assertThat(
              context
                  .getBean(SetupConfiguration.class)
                  .awaitsSetup(context.getBean(AppConfiguration.class)))
          .isTrue();
    }
  }

  @Test
  void setupModeStillRejectsOtherMistakesAndAGivenButUnreadableKey() {
    assertThat(
            problemsAtStartUp(
                Map.of(
                    "botwright.app.private-key", "not a key",
                    "botwright.webhook.path", "hooks",
                    "botwright.setup.public-url", "localhost:3000")))
        .hasSize(3)
        .allSatisfy(problem -> assertThat(problem).doesNotContain("not a key"))
        .anySatisfy(problem -> assertThat(problem).contains("PRIVATE_KEY"))
        .anySatisfy(problem -> assertThat(problem).contains("WEBHOOK_PATH"))
        .anySatisfy(problem -> assertThat(problem).contains("botwright.setup.public-url"))
        .noneSatisfy(problem -> assertThat(problem).contains("APP_ID"))
        .noneSatisfy(problem -> assertThat(problem).contains("WEBHOOK_SECRET"));
  }

  @Test
  void aMissingWebhookSecretAloneIsAStartUpErrorEvenWithSetupEnabled() {
    var app = new AppConfiguration();
    app.setId("1");
    app.setPrivateKeyPath("src/test/resources/test-keys/app-key.pem");

    assertThat(
            ConfigurationCheck.problems(
                app,
                new WebhookConfiguration(),
                new GitHubApiConfiguration(),
                new SetupConfiguration()))
        .singleElement()
        .satisfies(problem -> assertThat(problem).contains("WEBHOOK_SECRET"));
  }

  @Test
  void derivesGitHubsWebUrlFromTheApiSettings() {
    var github = new GitHubApiConfiguration();
    assertThat(github.webBaseUrl()).hasToString("https://github.com");
    github.setGheHost("ghe.example.com");
    assertThat(github.webBaseUrl()).hasToString("https://ghe.example.com");
    github.setApiUrl("https://ghe2.example.com/api/v3/");
    assertThat(github.webBaseUrl()).hasToString("https://ghe2.example.com");
    github.setWebUrl("http://127.0.0.1:8080/");
    assertThat(github.webBaseUrl()).hasToString("http://127.0.0.1:8080");
  }

  @Test
  void reportsAnUnreadableKeyAmongTheOtherProblems() {
    assertThat(
            problemsAtStartUp(
                Map.of(
                    "botwright.setup.enabled", "false",
                    "botwright.app.private-key", "not a key",
                    "botwright.webhook.secrets", "s")))
        .hasSize(2)
        .allSatisfy(problem -> assertThat(problem).doesNotContain("not a key"))
        .anySatisfy(problem -> assertThat(problem).contains("APP_ID"))
        .anySatisfy(problem -> assertThat(problem).contains("PRIVATE_KEY"));
  }

  /** The problems start-up fails with, the contributed checks' (the private key's) included. */
  private static List<String> problemsAtStartUp(Map<String, Object> properties) {
    Throwable failure =
        catchThrowable(
            () ->
                ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .properties(properties)
                    .start()
                    .close());
    assertThat(failure).hasRootCauseInstanceOf(BotwrightConfigurationException.class);
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return ((BotwrightConfigurationException) root).problems();
  }

  @Test
  void rejectsBadUrlsAndProtocols() {
    var app = new AppConfiguration();
    app.setId("1");
    app.setPrivateKeyPath("src/test/resources/test-keys/app-key.pem");
    var webhook = new WebhookConfiguration();
    webhook.setSecrets(List.of("s"));
    webhook.setPath("hooks");
    var github = new GitHubApiConfiguration();
    github.setApiUrl("api.github.com");
    github.setGheProtocol("ftp");

    assertThat(ConfigurationCheck.problems(app, webhook, github))
        .containsExactly(
            "botwright.webhook.path (WEBHOOK_PATH) is 'hooks': it must start with '/', e.g."
                + " /api/github/webhooks.",
            "botwright.github.ghe-protocol (GHE_PROTOCOL) is 'ftp': use 'https' (or 'http' for a"
                + " test server).",
            "botwright.github.api-url (GITHUB_API_URL) is 'api.github.com': use an absolute"
                + " http(s) URL such as https://api.github.com.");
  }

  @Test
  void defaultsPortTo3000AndRaisesRequestLimits() {
    try (ApplicationContext context =
        ApplicationContext.builder()
            .deduceEnvironment(false)
            .properties(
                Map.of(
                    "botwright.app.id", "1",
                    "botwright.app.private-key-path", "src/test/resources/test-keys/app-key.pem",
                    "botwright.webhook.secrets", "s"))
            .start()) {
      assertThat(context.getProperty("micronaut.server.port", Integer.class)).contains(3000);
      assertThat(context.getProperty("micronaut.server.max-request-size", Long.class))
          .contains(26L * 1024 * 1024);
      // Only the webhook route streams 25 MB; bodies Micronaut buffers follow botwright.http.
      assertThat(context.getProperty("micronaut.server.max-request-buffer-size", Long.class))
          .contains(1024L * 1024);
    }
  }

  @Test
  void resolvesApiUrls() {
    var github = new GitHubApiConfiguration();
    assertThat(github.restBaseUrl()).hasToString("https://api.github.com");
    assertThat(github.graphqlUrl()).hasToString("https://api.github.com/graphql");
    github.setGheHost("ghe.example.com");
    assertThat(github.restBaseUrl()).hasToString("https://ghe.example.com/api/v3");
    assertThat(github.graphqlUrl()).hasToString("https://ghe.example.com/api/graphql");
    github.setApiUrl("http://127.0.0.1:3001/");
    assertThat(github.restBaseUrl()).hasToString("http://127.0.0.1:3001");
  }
}
