package dev.botwright.test;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares the fake GitHub and the test identity before Micronaut starts the bot, resets the fake
 * before each test, fails a test whose bot made calls the fake had no answer for, and fails the
 * class if a secret reached the logs.
 */
final class BotTestExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    // System properties rank above configuration files, so the bot under test talks to the fake.
    Map<String, String> properties = TestApp.get().properties();
    properties.forEach(System::setProperty);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TestApp.get().github.reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TestApp.get().github.assertNoUnexpectedCalls();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    SecretLeakDetector detector = SecretLeakDetector.installed();
    if (detector == null) {
      return;
    }
    List<String> leaks = detector.drainLeaks();
    if (!leaks.isEmpty()) {
      throw new AssertionError(
          "Secrets reached the logs during "
              + context.getDisplayName()
              + ":\n  "
              + String.join("\n  ", leaks));
    }
  }
}
