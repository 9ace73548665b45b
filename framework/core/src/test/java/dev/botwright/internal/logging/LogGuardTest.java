package dev.botwright.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import dev.botwright.internal.dispatch.LogCapture;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The guard as Logback runs it in this JVM: installed when an application context is made, it masks
 * secrets in messages, exceptions and MDC, drops the lines of libraries that dump bodies, and
 * survives a reconfiguration.
 */
class LogGuardTest {

  private static final String TOKEN = "ghs_" + "LogGuardTestToken0123456789abcdefghij";

  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Logger app = context.getLogger("dev.botwright.internal.logging.test.App");
  private LogCapture capture;

  @BeforeEach
  void attach() {
    LogGuards.install(context);
    app.setLevel(Level.TRACE);
    capture = LogCapture.attach();
  }

  @AfterEach
  void detach() {
    capture.detach();
    app.setLevel(null);
  }

  @Test
  void makingAnApplicationContextInstallsTheGuardFirst() {
    context.getTurboFilterList().removeIf(LogGuard.class::isInstance);

    ApplicationContext.builder();

    assertThat(context.getTurboFilterList().get(0)).isInstanceOf(LogGuard.class);
  }

  @Test
  void micronautsLoggingRefreshStillReadsTheApplicationsLogbackXmlAndKeepsTheGuard() {
    CapturingAppender.clear();
    try (ApplicationContext ignored =
        ApplicationContext.builder()
            .deduceEnvironment(false)
            .properties(
                Map.of(
                    "logger.config", "logback-capture-trace.xml",
                    "logger.levels.dev.botwright.internal.logging.test", "TRACE"))
            .start()) {
      app.info("after the refresh {}", TOKEN);
    } finally {
      TestLogging.restore();
    }

    assertThat(CapturingAppender.events())
        .extracting(ILoggingEvent::getFormattedMessage)
        .contains("after the refresh ghs_[redacted]")
        .noneMatch(message -> message.contains(TOKEN));
    assertThat(context.getTurboFilterList().stream().filter(LogGuard.class::isInstance)).hasSize(1);
  }

  @Test
  void masksASecretInTheMessageArgumentsAndKeepsTheLine() {
    app.info("minted {} for installation {}", TOKEN, 42);

    ILoggingEvent event = only();
    assertThat(event.getFormattedMessage()).isEqualTo("minted ghs_[redacted] for installation 42");
    assertThat(event.getMessage()).isEqualTo(event.getFormattedMessage());
    assertThat(event.getArgumentArray()).isNull();
    assertThat(event.getLevel()).isEqualTo(Level.INFO);
    assertThat(event.getLoggerName()).isEqualTo(app.getName());
    assertThat(event.getCallerData()[0].getClassName()).isEqualTo(LogGuardTest.class.getName());
  }

  @Test
  void masksSecretsInExceptionsAndTheirCauses() {
    IllegalStateException failure =
        new IllegalStateException(
            "call failed", new RuntimeException("Authorization: token " + TOKEN));

    app.warn("GitHub refused", failure);

    ILoggingEvent event = only();
    assertThat(event.getFormattedMessage()).isEqualTo("GitHub refused");
    IThrowableProxy proxy = event.getThrowableProxy();
    assertThat(proxy.getClassName()).isEqualTo(IllegalStateException.class.getName());
    assertThat(proxy.getMessage()).isEqualTo("call failed");
    assertThat(proxy.getCause().getMessage()).isEqualTo("Authorization: token [redacted]");
    assertThat(proxy.getStackTraceElementProxyArray()).isNotEmpty();
  }

  @Test
  void masksSecretsInTheMdc() {
    MDC.put("user", "signed in with " + TOKEN);
    try {
      app.info("hello");
    } finally {
      MDC.remove("user");
    }

    assertThat(only().getMDCPropertyMap()).containsEntry("user", "signed in with ghs_[redacted]");
  }

  @Test
  void dropsTheLinesOfLibrariesThatDumpBodiesAndProperties() {
    Logger client = context.getLogger("io.micronaut.http.client.netty.DefaultHttpClient");
    Logger env = context.getLogger("io.micronaut.context.DefaultApplicationContext$Environment");
    client.setLevel(Level.TRACE);
    env.setLevel(Level.TRACE);
    try {
      client.trace("{\"token\":\"opaque-without-a-shape\"}");
      env.trace("Resolved value [{}] for property: {}", "opaque-without-a-shape", "x.secret");
      client.debug("Sending HTTP POST to http://127.0.0.1/app/installations/1/access_tokens");
      client.info(
          "[id: 0x1] READ: 10B\n+-------------------------------------------------+\n| 7b |");
    } finally {
      client.setLevel(null);
      env.setLevel(null);
    }

    assertThat(capture.events())
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("Sending HTTP POST to http://127.0.0.1/app/installations/1/access_tokens");
  }

  @Test
  void leavesOrdinaryLinesUntouched() {
    app.info("Delivery {} handled", "72d3162e-cc78-11e3-81ab-4c9367dc0958");

    ILoggingEvent event = only();
    assertThat(event.getMessage()).isEqualTo("Delivery {} handled");
    assertThat(event.getArgumentArray()).hasSize(1);
  }

  @Test
  void comesBackAfterLogbackIsConfiguredAgain() {
    LogGuards.install(context);

    TestLogging.restore();
    capture.detach();
    capture = LogCapture.attach();
    app.setLevel(Level.TRACE);
    app.info("again {}", TOKEN);

    assertThat(only().getFormattedMessage()).isEqualTo("again ghs_[redacted]");
    assertThat(context.getTurboFilterList().stream().filter(LogGuard.class::isInstance)).hasSize(1);
  }

  private ILoggingEvent only() {
    assertThat(capture.events()).hasSize(1);
    return capture.events().get(0);
  }
}
