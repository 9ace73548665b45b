package dev.botwright.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A smee event's data becomes the headers and body posted to the webhook route. */
class RelayedDeliveryTest {

  @Test
  void keepsGitHubsHeadersAndTheBodyTextAsTheProxySerialisedIt() throws IOException {
    RelayedDelivery delivery =
        RelayedDelivery.parse(
                "{\"host\":\"smee.io\",\"X-GitHub-Event\":\"issues\",\"x-github-delivery\":\"d1\","
                    + "\"x-hub-signature-256\":\"sha256=ab\",\"connection\":\"close\","
                    + "\"user-agent\":\"GitHub-Hookshot/1\",\"body\":{\"n\":1.50,\"s\":\"é \\\" }\","
                    + " \"l\": [1, 2]},\"query\":{\"a\":\"b\"},\"timestamp\":1}")
            .orElseThrow();

    assertThat(delivery.headers())
        .containsExactly(
            Map.entry("x-github-event", "issues"),
            Map.entry("x-github-delivery", "d1"),
            Map.entry("x-hub-signature-256", "sha256=ab"),
            Map.entry("user-agent", "GitHub-Hookshot/1"));
    assertThat(new String(delivery.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"n\":1.50,\"s\":\"é \\\" }\",\"l\":[1,2]}");
    assertThat(delivery.raw()).isFalse();
  }

  @Test
  void prefersTheRawBody() throws IOException {
    RelayedDelivery delivery =
        RelayedDelivery.parse("{\"body\":{\"a\":1},\"rawBody\":\"{\\n  \\\"a\\\": 1\\n}\"}")
            .orElseThrow();

    assertThat(new String(delivery.body(), StandardCharsets.UTF_8)).isEqualTo("{\n  \"a\": 1\n}");
    assertThat(delivery.raw()).isTrue();
  }

  @Test
  void dataWithoutABodyIsNoDelivery() throws IOException {
    assertThat(RelayedDelivery.parse("{}")).isEmpty();
    assertThat(RelayedDelivery.parse("[1]")).isEmpty();
  }
}
