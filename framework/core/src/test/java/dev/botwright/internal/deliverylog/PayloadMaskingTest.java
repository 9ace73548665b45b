package dev.botwright.internal.deliverylog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.DeliveryPageConfiguration;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadMaskingTest {

  private static PayloadMasking masking(List<String> fields) {
    DeliveryPageConfiguration config = new DeliveryPageConfiguration();
    config.setRedactedFields(fields);
    return new PayloadMasking(config, JsonMapper.createDefault());
  }

  @Test
  void theDefaultFieldsAndSecretShapedValuesAreMaskedAtAnyDepth() {
    String shown =
        masking(DeliveryPageConfiguration.DEFAULT_REDACTED_FIELDS)
            .show(PageBot.fixture("issues.opened"));

    assertThat(shown)
        .contains("\"email\": \"[redacted]\"")
        .contains("\"body\": \"Pasted by mistake: ghp_[redacted]\"")
        .contains("\"title\": \"Flaky: <script>alert('xss')</script>\"")
        .contains("\"full_name\": \"Codertocat/Hello-World\"")
        .contains("\"labels\": []")
        .contains("\"id\": 444500042")
        .contains("\"locked\": false")
        .doesNotContain("octocat@example.com");
  }

  @Test
  void configuredFieldsReplaceTheDefaultsAndMatchInAnyCase() {
    String shown =
        masking(List.of(" Login ", "TITLE"))
            .show(
                "{\"user\":{\"login\":\"octocat\",\"email\":\"o@example.com\"},\"title\":null,\"n\":[1,{\"title\":\"t\"}]}"
                    .getBytes(StandardCharsets.UTF_8));

    assertThat(shown)
        .isEqualTo(
            "{\n  \"user\": {\n    \"login\": \"[redacted]\",\n    \"email\": \"o@example.com\"\n"
                + "  },\n  \"title\": null,\n  \"n\": [\n    1,\n    {\n      \"title\":"
                + " \"[redacted]\"\n    }\n  ]\n}");
  }

  @Test
  void aBodyThatIsNotJsonIsShownRedactedAsItIs() {
    assertThat(
            masking(List.of())
                .show(
                    "not json: ghp_abcdefghijklmnop0123 and more".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("not json: ghp_[redacted] and more");
  }

  @Test
  void theRepositoryIsReadFromThePayload() {
    PayloadMasking masking = masking(List.of());
    assertThat(masking.repository(PageBot.fixture("label.created")))
        .hasValue("Octo-Org/Other-Repo");
    assertThat(masking.repository("{}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(masking.repository("nope".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
