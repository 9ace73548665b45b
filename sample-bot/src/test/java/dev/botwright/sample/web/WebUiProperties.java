package dev.botwright.sample.web;

import dev.botwright.test.TestIdentity;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The sample with sign-in on, against {@link FakeGitHubWeb}. */
public final class WebUiProperties {

  public static final String SESSION_KEY = "c2FtcGxlU2Vzc2lvbktleVRoYXRJczMyQnl0ZXNMbmc=";

  private WebUiProperties() {}

  static Map<String, String> of(FakeGitHubWeb github) {
    TestIdentity identity = TestIdentity.generate();
    Map<String, String> properties = new HashMap<>();
    properties.put("botwright.app.id", identity.appId());
    properties.put("botwright.app.private-key", identity.privateKeyPem());
    properties.put("botwright.webhook.secrets", identity.webhookSecret());
    properties.put("botwright.app.client-id", FakeGitHubWeb.CLIENT_ID);
    properties.put("botwright.app.client-secret", FakeGitHubWeb.CLIENT_SECRET);
    properties.put("botwright.oauth.enabled", "true");
    properties.put("botwright.oauth.secure", "false");
    properties.put("botwright.oauth.session-keys", SESSION_KEY);
    properties.put("botwright.install.app-slug", FakeGitHubWeb.SLUG);
    properties.put(
        "botwright.install.index-file",
        "target/web-ui-tests/" + UUID.randomUUID() + "/installations.json");
    // Long enough that no test outlives it: the tests count GitHub's answers.
    properties.put("botwright.install.user-access-ttl", "1h");
    properties.put("botwright.github.api-url", github.url());
    properties.put("botwright.github.web-url", github.url());
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("micronaut.server.port", "-1");
    return properties;
  }
}
