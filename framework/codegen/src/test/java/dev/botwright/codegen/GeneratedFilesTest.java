package dev.botwright.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checked-in model (records, schema payloads, answers, reference pages) is what the checked-in
 * descriptions generate: a schema update or a generator change must come with its regenerated
 * files, and a hand edit of a generated file fails here.
 */
class GeneratedFilesTest {

  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  @Test
  void checkedInFilesMatchGitHubsDescriptions() throws Exception {
    assertThat(ROOT.resolve("framework/codegen/pom.xml")).exists();

    List<String> differences = GenerateModels.differences(ROOT, GenerateModels.generate(ROOT));

    assertThat(differences)
        .as("Run scripts/generate-models.sh and commit what it writes")
        .isEmpty();
  }

  @Test
  void everyWebhookEventAndActionHasARecord() throws Exception {
    String catalog =
        Files.readString(
            ROOT.resolve(
                "framework/processor/src/main/resources/META-INF/botwright/webhook-events.txt"));
    List<String> keys =
        catalog.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
    WebhookModel model =
        WebhookModel.build(
            Schemas.load(GenerateModels.WEBHOOKS_SCHEMA, GenerateModels.WEBHOOKS_VERSION),
            WebhookNaming.NAMING);

    List<String> modelled =
        model.events.values().stream()
            .flatMap(event -> event.actions.stream())
            .map(WebhookModel.Action::key)
            .toList();
    assertThat(model.events).hasSize(75);
    assertThat(keys).hasSize(261);
    for (String key : keys) {
      String plain = key.endsWith(".*") ? key.substring(0, key.length() - 2) : key;
      assertThat(modelled).as("the record of " + key).contains(plain);
    }
  }
}
