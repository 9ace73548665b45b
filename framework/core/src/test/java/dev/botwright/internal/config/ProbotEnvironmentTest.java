package dev.botwright.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.logging.LogLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbotEnvironmentTest {

  @Test
  void mapsEveryProbotVariable() {
    Map<String, String> env = new HashMap<>();
    ProbotEnvironment.KEYS.keySet().forEach(name -> env.put(name, "v-" + name));
    env.put("LOG_LEVEL", "fatal");

    Map<String, Object> properties = ProbotEnvironment.properties(env::get);

    assertThat(properties)
        .containsEntry("botwright.app.id", "v-APP_ID")
        .containsEntry("botwright.app.private-key-path", "v-PRIVATE_KEY_PATH")
        .containsEntry("botwright.webhook.secrets", List.of("v-WEBHOOK_SECRET"))
        .containsEntry("botwright.github.ghe-host", "v-GHE_HOST")
        .containsEntry("micronaut.server.port", "v-PORT")
        .containsEntry("micronaut.server.host", "v-HOST")
        .containsEntry("logger.levels.root", "ERROR")
        .containsEntry("botwright.redis.url", "v-REDIS_URL")
        .containsEntry("redis.uri", "v-REDIS_URL")
        .containsEntry("botwright.environment", "v-NODE_ENV")
        .containsEntry("botwright.log.format", "v-LOG_FORMAT")
        .containsEntry("botwright.setup.webhook-proxy-url", "v-WEBHOOK_PROXY_URL")
        .containsEntry("botwright.webhook.proxy-url", "v-WEBHOOK_PROXY_URL")
        // REDIS_URL feeds Micronaut's own redis.uri as well; WEBHOOK_PROXY_URL the relay too.
        .hasSize(ProbotEnvironment.KEYS.size() + 2);
  }

  @ParameterizedTest
  @CsvSource({
    "trace, TRACE",
    "debug, DEBUG",
    "info, INFO",
    "warn, WARN",
    "error, ERROR",
    "fatal, ERROR",
    "silent, OFF",
    "' Info ', INFO"
  })
  void logLevelTakesPinosNames(String probot, String logback) {
    Map<String, Object> properties = ProbotEnvironment.properties(Map.of("LOG_LEVEL", probot)::get);

    assertThat(properties).containsExactly(Map.entry("logger.levels.root", logback));
    assertThat(LogLevel.valueOf(logback))
        .as("a level Micronaut's logging system takes")
        .isNotNull();
  }

  @Test
  void blankVariablesAreIgnored() {
    assertThat(ProbotEnvironment.properties(Map.of("APP_ID", "  ")::get)).isEmpty();
  }

  @Test
  void processEnvironmentWinsOverDotEnv(@TempDir Path dir) throws Exception {
    Path dotEnv = Files.writeString(dir.resolve(".env"), "APP_ID=1\nGH_ORG=from-file\n");
    var loader = new ProbotEnvironmentPropertySourceLoader(Map.of("APP_ID", "2")::get, dotEnv);

    PropertySource source = loader.load("application", null).orElseThrow();

    assertThat(source.get("botwright.app.id")).isEqualTo("2");
    assertThat(source.get("botwright.github.org")).isEqualTo("from-file");
    assertThat(source.getOrder())
        .isGreaterThan(AbstractPropertySourceLoader.DEFAULT_POSITION)
        .isLessThan(EnvironmentPropertySource.POSITION);
  }

  @Test
  void dotEnvCanBeSwitchedOff(@TempDir Path dir) throws Exception {
    Path dotEnv = Files.writeString(dir.resolve(".env"), "APP_ID=1\n");
    var loader =
        new ProbotEnvironmentPropertySourceLoader(Map.of("BOTWRIGHT_DOTENV", "false")::get, dotEnv);

    assertThat(loader.load("application", null)).isEmpty();
  }
}
