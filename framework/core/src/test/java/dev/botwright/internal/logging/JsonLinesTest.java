package dev.botwright.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code botwright.log.format=json} turns the console lines of an application's own pattern {@code
 * logback.xml} into JSON objects, one per line, through Micronaut's logging refresh; the guard's
 * masking holds in every field Logback's encoder writes.
 */
class JsonLinesTest {

  private static final String TOKEN = "ghs_" + "JsonLinesTestToken0123456789abcdefghij";
  private static final JsonMapper JSON = JsonMapper.createDefault();

  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Logger app = LoggerFactory.getLogger("dev.botwright.internal.logging.test.Json");
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final PrintStream stdout = System.out;

  @BeforeEach
  void captureTheConsole() {
    // Logback's console appender writes to whatever System.out is at each line.
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    TestLogging.configure("/logback-console.xml");
  }

  @AfterEach
  void restore() {
    JsonLines.use(false, context);
    TestLogging.restore();
    System.setOut(stdout);
  }

  @Test
  void everyConsoleLineIsOneJsonObjectWithTheDeliveryFields() throws IOException {
    try (ApplicationContext ignored = run("json")) {
      app.info("plain line before any delivery");
      MDC.put("deliveryId", "72d3162e-cc78-11e3-81ab-4c9367dc0958");
      MDC.put("event", "issues.opened");
      MDC.put("installationId", "42");
      try {
        app.info("Greeted {} on {}", "octocat", "Codertocat/Hello-World");
      } finally {
        MDC.clear();
      }
    }

    List<JsonNode> lines = lines();
    assertThat(lines).hasSizeGreaterThan(2);
    JsonNode greeting = line(lines, "Greeted octocat on Codertocat/Hello-World");
    assertThat(greeting.get("level").getStringValue()).isEqualTo("INFO");
    assertThat(greeting.get("loggerName").getStringValue()).isEqualTo(app.getName());
    assertThat(greeting.get("timestamp").getLongValue()).isPositive();
    assertThat(greeting.get("threadName").getStringValue()).isEqualTo("main");
    JsonNode mdc = greeting.get("mdc");
    assertThat(mdc.get("deliveryId").getStringValue())
        .isEqualTo("72d3162e-cc78-11e3-81ab-4c9367dc0958");
    assertThat(mdc.get("event").getStringValue()).isEqualTo("issues.opened");
    assertThat(mdc.get("installationId").getStringValue()).isEqualTo("42");
    assertThat(greeting.get("arguments")).isNull();
    assertThat(greeting.get("message")).as("the format with its {}").isNull();
    JsonNode before = line(lines, "plain line before any delivery").get("mdc");
    assertThat(before == null || before.get("deliveryId") == null).as("no delivery yet").isTrue();
  }

  @Test
  void noFieldOfTheEncoderCarriesASecret() throws IOException {
    try (ApplicationContext ignored = run("json")) {
      // An argument without a placeholder: only an encoder writing arguments would show it.
      app.info("minted a token", TOKEN);
      MDC.put("user", "signed in with " + TOKEN);
      try {
        app.info("user line");
      } finally {
        MDC.remove("user");
      }
      app.warn(
          "GitHub refused",
          new IllegalStateException(
              "call failed", new RuntimeException("Authorization: token " + TOKEN)));
    }

    String output = console.toString(StandardCharsets.UTF_8);
    assertThat(output).doesNotContain(TOKEN).contains("ghs_[redacted]");
    List<JsonNode> lines = lines();
    assertThat(line(lines, "user line").get("mdc").get("user").getStringValue())
        .isEqualTo("signed in with ghs_[redacted]");
    JsonNode throwable = line(lines, "GitHub refused").get("throwable");
    assertThat(throwable.get("className").getStringValue())
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(throwable.get("cause").get("message").getStringValue())
        .isEqualTo("Authorization: token [redacted]");
  }

  @Test
  void theDefaultFormatKeepsTheApplicationsPattern() throws IOException {
    try (ApplicationContext ignored = run("text")) {
      app.info("a text line");
    }

    assertThat(console.toString(StandardCharsets.UTF_8))
        .contains(" INFO  d.b.internal.logging.test.Json  - a text line")
        .doesNotContain("{\"");
  }

  @Test
  void anUnknownFormatStopsStartUpWithTheChoices() {
    assertThatThrownBy(() -> run("yaml").close())
        .isInstanceOf(BeanInstantiationException.class)
        .rootCause()
        .hasMessage(
            "LOG_FORMAT (botwright.log.format) is 'yaml': set it to json for one JSON object per"
                + " line, or leave it unset (text).");
  }

  /** A context whose logging refresh reads the console configuration again, as LOG_LEVEL does. */
  private ApplicationContext run(String format) {
    return ApplicationContext.builder()
        .deduceEnvironment(false)
        .properties(
            Map.of(
                "botwright.log.format", format,
                "logger.config", "logback-console.xml",
                "logger.levels.dev.botwright.internal.logging.test", "INFO"))
        .start();
  }

  private List<JsonNode> lines() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : console.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        JsonNode node = JSON.readValue(line, JsonNode.class);
        assertThat(node.isObject()).as(line).isTrue();
        lines.add(node);
      }
    }
    return lines;
  }

  private static JsonNode line(List<JsonNode> lines, String message) {
    return lines.stream()
        .filter(l -> l.get("formattedMessage") != null)
        .filter(l -> message.equals(l.get("formattedMessage").getStringValue()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No line " + message + " in " + lines));
  }
}
