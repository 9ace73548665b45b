package dev.botwright.internal.setup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Settings for a bot started without credentials, against {@link FakeGitHubApps}. */
final class SetupProperties {

  private SetupProperties() {}

  static Map<String, String> unconfigured(FakeGitHubApps github, Path credentials) {
    Map<String, String> properties = new HashMap<>();
    // application-test.yml configures an app; these settings take it away again.
    properties.put("botwright.app.id", "");
    properties.put("botwright.app.private-key-path", "");
    properties.put("botwright.webhook.secrets", "");
    properties.put("botwright.github.api-url", github.url());
    properties.put("botwright.github.web-url", github.url());
    properties.put("botwright.setup.credentials-file", credentials.toString());
    properties.put("botwright.setup.manifest", "src/test/resources/setup/app.yml");
    properties.put("botwright.test.setup-handler", "true");
    return properties;
  }
}
