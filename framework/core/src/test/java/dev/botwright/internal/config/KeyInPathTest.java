package dev.botwright.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import dev.botwright.BotwrightConfigurationException;
import dev.botwright.internal.dispatch.LogCapture;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A private key pasted into {@code PRIVATE_KEY_PATH}, the way it happens: as an environment
 * variable, in {@code .env}, or as a property, in its plain, {@code \n}-escaped or base64 form.
 * Start-up fails with one instruction, and no line of the key is in the exception chain or in
 * anything logged on the way, with every logger at TRACE.
 */
class KeyInPathTest {

  private static final Path KEY = Path.of("src/test/resources/test-keys/app-key.pem");
  private static final String MESSAGE =
      "Botwright cannot start: PRIVATE_KEY_PATH holds what looks like a PEM key, not a path: put"
          + " the key in PRIVATE_KEY or its path in PRIVATE_KEY_PATH.";

  @TempDir Path dir;

  @Test
  void aKeyInTheEnvironmentVariableIsRefusedWithoutEchoingIt() throws IOException {
    String pem = Files.readString(KEY);
    Map<String, String> env = new HashMap<>(settings());
    env.put("PRIVATE_KEY_PATH", pem);

    assertRefusedWithoutTheKey(fromEnvironment(env, dir.resolve("no.env")), pem);
  }

  @Test
  void aKeyPastedIntoDotEnvIsRefusedWithoutEchoingIt() throws IOException {
    String pem = Files.readString(KEY);
    Path dotEnv = dir.resolve(".env");
    Files.writeString(
        dotEnv,
        "APP_ID=12345\nWEBHOOK_SECRET=a-webhook-secret\nPRIVATE_KEY_PATH=\"" + pem + "\"\n",
        StandardCharsets.UTF_8);

    assertRefusedWithoutTheKey(fromEnvironment(Map.of(), dotEnv), pem);
  }

  @Test
  void everyFormOfTheKeyAsAPropertyIsRefusedWithoutEchoingIt() throws IOException {
    String pem = Files.readString(KEY);
    for (String form :
        List.of(
            pem,
            pem.strip().replace("\n", "\\n"),
            Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII)))) {
      Map<String, Object> properties = new HashMap<>();
      properties.put("botwright.app.id", "12345");
      properties.put("botwright.webhook.secrets", "a-webhook-secret");
      properties.put("botwright.app.private-key-path", form);

      assertRefusedWithoutTheKey(PropertySource.of("test", properties), pem);
    }
  }

  @Test
  void aRealPathStillGetsItsOwnMessage() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("botwright.app.id", "12345");
    properties.put("botwright.webhook.secrets", "a-webhook-secret");
    properties.put("botwright.app.private-key-path", "keys/missing.pem");

    assertThat(start(PropertySource.of("test", properties)))
        .hasRootCauseInstanceOf(BotwrightConfigurationException.class)
        .rootCause()
        .hasMessageStartingWith(
            "Botwright cannot start: PRIVATE_KEY_PATH file '"
                + Path.of("keys/missing.pem").toAbsolutePath()
                + "' does not exist");
  }

  private static Map<String, String> settings() {
    return Map.of("APP_ID", "12345", "WEBHOOK_SECRET", "a-webhook-secret");
  }

  private static PropertySource fromEnvironment(Map<String, String> env, Path dotEnv) {
    return new ProbotEnvironmentPropertySourceLoader(env::get, dotEnv)
        .loadApplication()
        .orElseThrow();
  }

  private void assertRefusedWithoutTheKey(PropertySource source, String pem) {
    LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level level = root.getLevel();
    root.setLevel(Level.TRACE);
    LogCapture capture = LogCapture.attach();
    Throwable failure;
    try {
      failure = start(source);
    } finally {
      capture.detach();
      root.setLevel(level);
    }

    assertThat(failure).hasRootCauseInstanceOf(BotwrightConfigurationException.class);
    assertThat(failure).rootCause().hasMessage(MESSAGE);
    String chain = ThrowableProxyUtil.asString(new ThrowableProxy(failure));
    List<String> logged = new ArrayList<>();
    for (ILoggingEvent event : capture.events()) {
      logged.add(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        logged.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
    }
    assertThat(logged).as("lines logged at TRACE while starting").hasSizeGreaterThan(100);
    List<String> keyLines =
        pem.lines().filter(line -> !line.isBlank() && !line.startsWith("-----")).toList();
    assertThat(keyLines).hasSizeGreaterThan(20);
    for (String line : keyLines) {
      assertThat(chain).as("the exception chain").doesNotContain(line);
      assertThat(logged).as("the log").noneMatch(l -> l.contains(line));
    }
    assertThat(chain).doesNotContain("BEGIN RSA PRIVATE KEY");
  }

  private static Throwable start(PropertySource source) {
    return catchThrowable(
        () ->
            ApplicationContext.builder()
                .deduceEnvironment(false)
                .propertySources(source)
                .properties(Map.of("botwright.setup.enabled", "false"))
                .start()
                .close());
  }
}
