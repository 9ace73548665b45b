package dev.botwright.test;

import java.security.KeyPair;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The throwaway identity every {@link BotTest} in one JVM shares: a {@link TestIdentity} and one
 * running {@link FakeGitHub}. Created once, on first use.
 */
final class TestApp {

  static final String APP_ID = TestIdentity.APP_ID;

  private static @Nullable TestApp instance;

  final KeyPair keyPair;
  final TestIdentity identity;
  final String privateKeyPem;
  final String webhookSecret;
  final FakeGitHub github;

  private TestApp() {
    keyPair = TestIdentity.generateKey();
    identity = TestIdentity.of(keyPair);
    privateKeyPem = identity.privateKeyPem();
    webhookSecret = identity.webhookSecret();
    github = FakeGitHub.startShared();
    SecretLeakDetector.install(this);
  }

  static synchronized TestApp get() {
    TestApp app = instance;
    if (app == null) {
      app = new TestApp();
      instance = app;
    }
    return app;
  }

  /** The configuration a test application starts with. */
  Map<String, String> properties() {
    return Map.ofEntries(
        Map.entry("botwright.app.id", identity.appId()),
        Map.entry("botwright.app.private-key", privateKeyPem),
        Map.entry("botwright.webhook.secrets", webhookSecret),
        Map.entry("botwright.github.api-url", github.baseUrl()),
        // No write spacing and fast retries; rate-limit waits are still honoured, but short.
        Map.entry("botwright.client.pacing", "false"),
        Map.entry("botwright.client.retry-delay", "10ms"),
        Map.entry("botwright.client.secondary-limit-backoff", "10ms"),
        Map.entry("botwright.client.max-wait", "5s"),
        // Each test stubs its own .github/ files: every config read asks the fake again (a 304
        // when unchanged), so no test sees a file cached by an earlier one.
        Map.entry("botwright.repo-config.max-age", "0s"),
        // Tests send their own deliveries; the fake GitHub has no delivery history to reconcile.
        Map.entry("botwright.reconcile.enabled", "false"),
        // Schedules run when a test says so (ScheduleTrigger), never on a timer mid-test.
        Map.entry("botwright.schedule.enabled", "false"),
        // One attempt, so a failing handler is reported at once; a test may raise it.
        Map.entry("botwright.dispatch.max-attempts", "1"),
        Map.entry("micronaut.server.port", "-1"),
        Map.entry("micronaut.server.host", "127.0.0.1"));
  }

  /** The key body (without PEM armour) as it would appear if leaked. */
  String privateKeyBody() {
    return Base64.getEncoder().encodeToString(keyPair.getPrivate().getEncoded());
  }
}
