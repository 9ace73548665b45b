package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.WebhookSender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@BotTest
class InstallationLoggerTest {

  @Test
  void logsGrantedRepositoriesWithoutCallingGitHub(FakeGitHub github, WebhookSender webhooks) {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    root.addAppender(logs);
    try {
      var result = webhooks.send("installation.created", "fixtures/installation.created.json");

      result.assertHandled();
      assertThat(logs.list)
          .anySatisfy(
              event -> {
                assertThat(event.getFormattedMessage())
                    .isEqualTo(
                        "Installed on Codertocat with access to 1 repositories: Codertocat/Hello-World");
                assertThat(event.getMDCPropertyMap())
                    .containsEntry("deliveryId", result.deliveryId());
              });
      github.assertNoCalls();
    } finally {
      root.detachAppender(logs);
    }
  }
}
