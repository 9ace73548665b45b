package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The compose file for the scale-out mode (sample-bot/compose.yaml), read as YAML the way Compose
 * reads it (anchors and merge keys resolved): two bot processes on one Redis, with one set of
 * secrets, behind one address. No container is started.
 */
class ComposeFileTest {

  private final Map<String, Object> compose = load();
  private final Map<String, Object> services = map(compose.get("services"));

  @Test
  void twoBotProcessesBuildThisFoldersImageAndShareEveryVariable() {
    Map<String, Object> first = map(services.get("bot-1"));
    Map<String, Object> second = map(services.get("bot-2"));
    assertThat(first.get("build")).isEqualTo(".");
    assertThat(Path.of((String) first.get("build"), "Dockerfile").normalize())
        .isEqualTo(ContainerImageTest.DOCKERFILE);
    assertThat(second).isEqualTo(first);
    assertThat(map(first.get("environment")))
        .containsOnlyKeys(
            "APP_ID",
            "PRIVATE_KEY",
            "WEBHOOK_SECRET",
            "BOTWRIGHT_TOKEN_ENCRYPTION_KEY",
            "REDIS_URL")
        .containsEntry("WEBHOOK_SECRET", "${WEBHOOK_SECRET:?set WEBHOOK_SECRET}")
        .containsEntry("REDIS_URL", "redis://redis:6379");
    // 25% of it is the 64 MiB heap the flags were measured with.
    assertThat(first.get("mem_limit")).isEqualTo("256m");
  }

  @Test
  void redisIsAServiceTheBotsWaitForAndKeepsItsQueueOnDisk() {
    Map<String, Object> redis = map(services.get("redis"));
    assertThat((String) redis.get("image")).startsWith("redis:");
    assertThat(redis.get("command")).isEqualTo("redis-server --appendonly yes");
    assertThat(redis.get("volumes")).isEqualTo(List.of("redis-data:/data"));
    assertThat(map(services.get("bot-1")).get("depends_on"))
        .isEqualTo(Map.of("redis", Map.of("condition", "service_healthy")));
  }

  @Test
  void oneAddressSpreadsWebhooksOverBothProcessesOnTheImagesPort() {
    Map<String, Object> proxy = map(services.get("proxy"));
    String port = ContainerImageTest.read().only("EXPOSE");
    assertThat(proxy.get("command"))
        .isEqualTo(
            "caddy reverse-proxy --from :" + port + " --to bot-1:" + port + " --to bot-2:" + port);
    assertThat(proxy.get("ports")).isEqualTo(List.of(port + ":" + port));
    assertThat(services).containsOnlyKeys("bot-1", "bot-2", "proxy", "redis");
  }

  private static Map<String, Object> load() {
    try {
      return new Yaml().load(Files.readString(Path.of("compose.yaml")));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, Object> map(@Nullable Object value) {
    return DeploymentDocsTest.map(value);
  }
}
