package dev.botwright.internal.repoconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.repoconfig.RepositoryConfigException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {

  static final String FILE = "octo/hello:.github/my-bot.yml";

  @Serdeable
  record Rule(String label, int days) {}

  @Serdeable
  // The package is @NullMarked, which serde honours too: without @Nullable an absent list reads
  // as empty.
  record Settings(String greeting, boolean enabled, int limit, @Nullable List<Rule> rules) {}

  record NotSerdeable(String greeting) {}

  static ApplicationContext context;
  static JsonMapper mapper;

  @BeforeAll
  static void start() {
    context = ApplicationContext.run();
    mapper = context.getBean(JsonMapper.class);
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  @Test
  void bindsAndIgnoresUnknownKeys() {
    Settings settings = bind("greeting: Hi\nenabled: true\nlimit: 3\nunknown: [1]\n");

    assertThat(settings).isEqualTo(new Settings("Hi", true, 3, null));
  }

  @Test
  void aWrongTypeInAListNamesItsIndexAndLine() {
    assertThatThrownBy(() -> bind("rules:\n  - label: a\n    days: 1\n  - label: b\n    days: x\n"))
        .isInstanceOf(RepositoryConfigException.class)
        .hasMessage(
            "Key 'rules[1].days' in "
                + FILE
                + ", line 5 has the wrong type: Settings expects int there (Unable to coerce"
                + " string to integer). Fix the value in the file.");
  }

  @Test
  void yesIsNotABoolean() {
    assertThatThrownBy(() -> bind("greeting: Hi\nenabled: yes\n"))
        .hasMessage(
            "Key 'enabled' in "
                + FILE
                + ", line 2 has the wrong type: Settings expects true or false there, not 'yes'."
                + " Fix the value in the file.");
  }

  @Test
  void aNumberTooLargeIsNotWrappedSilently() {
    assertThatThrownBy(() -> bind("limit: 99999999999\n"))
        .hasMessage(
            "Key 'limit' in "
                + FILE
                + ", line 1 has the wrong type: Settings expects a number it can hold exactly (it"
                + " read 1215752191) there, not '99999999999'. Fix the value in the file.");
  }

  @Test
  void aListIsNotOneValue() {
    assertThatThrownBy(() -> bind("\ngreeting: [a]\n"))
        .hasMessage(
            "Key 'greeting' in "
                + FILE
                + ", line 2 has the wrong type: Settings expects a single value there, not a list."
                + " Fix the value in the file.");
  }

  @Test
  void aTypeWithoutSerdeableSaysSo() {
    DeepMerge.Merged merged =
        DeepMerge.merge(
            JsonNode.createObjectNode(Map.of()), List.of(YamlTree.parse(FILE, "greeting: Hi\n")));

    assertThatThrownBy(() -> ConfigBinder.bind(mapper, merged, NotSerdeable.class, FILE))
        .hasMessage(
            NotSerdeable.class.getName()
                + " cannot be read from "
                + FILE
                + ": annotate it with @Serdeable (io.micronaut.serde.annotation.Serdeable).");
  }

  private static Settings bind(String yaml) {
    DeepMerge.Merged merged =
        DeepMerge.merge(JsonNode.createObjectNode(Map.of()), List.of(YamlTree.parse(FILE, yaml)));
    return ConfigBinder.bind(mapper, merged, Settings.class, FILE);
  }
}
