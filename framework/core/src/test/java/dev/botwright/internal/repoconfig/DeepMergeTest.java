package dev.botwright.internal.repoconfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeepMergeTest {

  private final JsonMapper json = JsonMapper.createDefault();

  @Test
  void objectsMergeKeyByKeyWhileArraysAndValuesAreReplaced() throws IOException {
    ParsedFile base =
        YamlTree.parse(
            "o/base:.github/b.yml", "labels: [a, b]\nrules:\n  days: 7\n  close: true\nx: 1\n");
    ParsedFile top =
        YamlTree.parse("o/top:.github/b.yml", "labels: [c]\nrules:\n  days: 3\nx: null\n");

    DeepMerge.Merged merged =
        DeepMerge.merge(JsonNode.createObjectNode(Map.of()), List.of(base, top));

    assertThat(new String(json.writeValueAsBytes(merged.tree())))
        .isEqualTo("{\"labels\":[\"c\"],\"rules\":{\"days\":3,\"close\":true},\"x\":null}");
    assertThat(merged.origins())
        .containsEntry("rules.days", "o/top:.github/b.yml, line 3")
        .containsEntry("rules.close", "o/base:.github/b.yml, line 4");
  }

  @Test
  void filesMergeOverTheDefaults() throws IOException {
    JsonNode defaults = json.writeValueToTree(Map.of("greeting", "Hi", "limit", 5));
    ParsedFile file = YamlTree.parse("o/r:.github/b.yml", "limit: 9\n");

    JsonNode merged = DeepMerge.merge(defaults, List.of(file)).tree();

    assertThat(merged.get("greeting").getStringValue()).isEqualTo("Hi");
    assertThat(merged.get("limit").getIntValue()).isEqualTo(9);
  }
}
