package dev.botwright.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.GitHubApiConfiguration;
import org.junit.jupiter.api.Test;

class UserAgentTest {

  @Test
  void namesTheBot() {
    var api = new GitHubApiConfiguration();
    assertThat(DefaultGitHubClients.userAgent(api, null)).isEqualTo("botwright");
    assertThat(DefaultGitHubClients.userAgent(api, "issue-greeter"))
        .isEqualTo("issue-greeter (botwright)");
    api.setUserAgent("my-bot/1.0");
    assertThat(DefaultGitHubClients.userAgent(api, "issue-greeter")).isEqualTo("my-bot/1.0");
  }
}
