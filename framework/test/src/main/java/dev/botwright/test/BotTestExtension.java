package dev.botwright.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares the fake GitHub and the test identity before Micronaut starts the bot, resets the fake
 * before each test, fails a test whose bot called a route GitHub does not have or made calls the
 * fake had no answer for, and fails the class if a secret reached the logs.
 */
final class BotTestExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    // System properties rank above configuration files, so the bot under test talks to the fake.
    Map<String, String> properties = TestApp.get().properties();
    properties.forEach(System::setProperty);
    System.setProperty("botwright.journal.dir", journalDir(context).toString());
  }

  /**
   * A fresh journal directory for each test class, under the build's {@code target/} when there is
   * one: two applications never share a journal, and no test resumes another's deliveries.
   */
  static Path journalDir(ExtensionContext context) {
    try {
      Path target = Path.of("target");
      Path base =
          Files.isDirectory(target)
              ? Files.createDirectories(target.resolve("botwright-journals"))
              : Files.createTempDirectory("botwright-journals");
      String name = context.getTestClass().map(Class::getSimpleName).orElse("test");
      return Files.createTempDirectory(base, name + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a journal directory for the test", e);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TestApp.get().github.reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    FakeGitHub github = TestApp.get().github;
    requireKnownRoutes(github);
    github.assertNoUnexpectedCalls();
  }

  /**
   * Fails when the bot called a method and path GitHub lacks: the fake answered it, but GitHub
   * would answer 404, so the test would pass while the bot fails in production.
   */
  static void requireKnownRoutes(FakeGitHub github) {
    List<Call> unknown = github.unknownRouteCalls();
    if (unknown.isEmpty()) {
      return;
    }
    String routes =
        unknown.stream()
            .map(
                c ->
                    "  "
                        + c.method()
                        + " "
                        + c.pathOnly()
                        + GitHubRoutes.closest(c.method(), c.pathOnly())
                            .map(route -> " (closest: " + route + ")")
                            .orElse(""))
            .distinct()
            .collect(Collectors.joining("\n"));
    String all = github.calls().stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
    throw new AssertionError(
        "The bot called routes GitHub does not have:\n" + routes + "\nAll calls received:\n" + all);
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
