package dev.botwright.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.internal.dispatch.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookPayloadScannerTest {

  private final WebhookPayloadScanner scanner = new WebhookPayloadScanner(1024 * 1024);

  private WebhookPayloadScanner.Summary scan(String json) throws Exception {
    return scanner.scan(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void picksUpActionAndInstallationOfARealPayload() throws Exception {
    assertThat(scanner.scan(Fixtures.bytes("issues.opened")))
        .isEqualTo(new WebhookPayloadScanner.Summary("opened", 2311213));
    assertThat(scanner.scan(Fixtures.bytes("push")))
        .isEqualTo(new WebhookPayloadScanner.Summary(null, 2311213));
    assertThat(scanner.scan(Fixtures.bytes("ping")))
        .isEqualTo(new WebhookPayloadScanner.Summary(null, 0));
  }

  @Test
  void readsOnlyTopLevelFields() throws Exception {
    assertThat(
            scan(
                "{\"issue\":{\"action\":\"nested\",\"installation\":{\"id\":9}},"
                    + "\"installation\":{\"account\":{\"id\":5},\"id\":42},\"action\":\"closed\"}"))
        .isEqualTo(new WebhookPayloadScanner.Summary("closed", 42));
    assertThat(scan("{\"action\":7,\"installation\":{\"id\":\"x\"}}"))
        .isEqualTo(new WebhookPayloadScanner.Summary(null, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "\"text\"", "42", "null"})
  void refusesJsonThatIsNotAnObject(String json) {
    assertThatThrownBy(() -> scan(json))
        .hasMessage("The payload is not a JSON object; GitHub sends one object per delivery");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"action\":\"opened\"",
        "{\"action\":}",
        "{\"a\":[1,2}",
        "{\"secret-value\" \"x\"}",
        "{} {}",
        "{}x",
        "{\"installation\":{\"id\":1"
      })
  void refusesMalformedJsonWithoutQuotingIt(String json) {
    assertThatThrownBy(() -> scan(json))
        .isInstanceOf(WebhookPayloadScanner.InvalidPayloadException.class)
        .hasMessageStartingWith("The payload ")
        .hasMessageNotContaining("secret-value");
  }

  @Test
  void refusesAPayloadNestedTooDeeplyAsInvalid() {
    // Jackson's nesting limit fails without a location; the message used to dereference it.
    String deep = "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
    assertThatThrownBy(() -> scan(deep))
        .isInstanceOf(WebhookPayloadScanner.InvalidPayloadException.class)
        .hasMessageStartingWith("The payload is not valid JSON");
  }

  @Test
  void refusesAnEmptyPayload() {
    assertThatThrownBy(() -> scan("")).hasMessage("The payload is empty; expected a JSON object");
  }

  @Test
  void acceptsStringsLongerThanJacksonsDefaultLimit() throws Exception {
    WebhookPayloadScanner large = new WebhookPayloadScanner(25 * 1024 * 1024);
    String big = "x".repeat(21_000_000);
    assertThat(
            large.scan(
                ("{\"diff\":\"" + big + "\",\"action\":\"a\"}")
                    .getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(new WebhookPayloadScanner.Summary("a", 0));
  }
}
