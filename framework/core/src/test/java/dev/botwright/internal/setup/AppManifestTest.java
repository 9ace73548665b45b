package dev.botwright.internal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AppManifestTest {

  private static final String HOOK = "http://localhost:3000/api/github/webhooks";
  private static final String CALLBACK = "http://localhost:3000/setup/callback";

  @Test
  void mergesTheDeclaredKeysOverDefaultsAndTakesUrlsFromConfigurationOnly() {
    AppManifest manifest =
        AppManifest.of(
            Map.of(
                "description", "Greets people",
                "default_events", List.of("issues", "pull_request"),
                "default_permissions", Map.of("issues", "write", "pull_requests", "read"),
                "hook_attributes", Map.of("url", "https://evil.example/hook", "active", false),
                "redirect_url", "https://evil.example/callback"),
            "my-bot",
            HOOK,
            CALLBACK);

    assertThat(manifest.problems()).isEmpty();
    assertThat(manifest.fields())
        .containsEntry("name", "my-bot")
        .containsEntry("url", "https://github.com")
        .containsEntry("public", false)
        .containsEntry("description", "Greets people")
        .containsEntry("redirect_url", CALLBACK)
        .containsEntry("hook_attributes", Map.of("url", HOOK, "active", false));
  }

  @Test
  void reportsUnknownKeysEventsPermissionsAndLevels() {
    AppManifest manifest =
        AppManifest.of(
            Map.of(
                "name", "x".repeat(35),
                "events", List.of("issues"),
                "default_events", List.of("issues.opened"),
                "default_permissions", Map.of("pull_request", "write", "issues", "admin"),
                "public", "yes"),
            "my-bot",
            HOOK,
            CALLBACK);

    assertThat(manifest.isValid()).isFalse();
    assertThat(manifest.problems())
        .hasSize(6)
        .anySatisfy(p -> assertThat(p).contains("'events' is not a GitHub manifest key"))
        .anySatisfy(p -> assertThat(p).contains("'issues.opened', which is not a GitHub webhook"))
        .anySatisfy(
            p -> assertThat(p).contains("'pull_request', which is not a GitHub App permission"))
        .anySatisfy(
            p -> assertThat(p).contains("gives issues the level 'admin'; use one of [read, write]"))
        .anySatisfy(p -> assertThat(p).contains("at most 34 characters"))
        .anySatisfy(p -> assertThat(p).contains("'public' is 'yes'"));
  }

  @Test
  void theEventCatalogMatchesTheProcessorsWebhookCatalog() throws IOException {
    Set<String> processor = new TreeSet<>();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/botwright/webhook-events.txt")) {
      assertThat(in).as("the processor's catalog on the test classpath").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String event = line.strip();
        if (!event.isEmpty() && !event.startsWith("#")) {
          processor.add(event.contains(".") ? event.substring(0, event.indexOf('.')) : event);
        }
      }
    }

    assertThat(new TreeSet<>(ManifestCatalog.get().events())).isEqualTo(processor);
  }
}
