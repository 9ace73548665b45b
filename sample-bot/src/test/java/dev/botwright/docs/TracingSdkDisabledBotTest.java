package dev.botwright.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.WebhookSender;
import io.micronaut.context.annotation.Property;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** docs/tracing.md: {@code otel.sdk.disabled=true} leaves the module in and records nothing. */
@BotTest
@Property(name = "docs.in-memory-spans", value = "true")
@Property(name = "otel.sdk.disabled", value = "true")
class TracingSdkDisabledBotTest {

  @Inject InMemorySpanExporter exporter;

  @Test
  void aDeliveryIsHandledAndNoSpanIsExported(FakeGitHub github, WebhookSender webhooks) {
    webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();

    github.assertCalled("POST /repos/{owner}/{repo}/issues/{issue_number}/comments").times(1);
    assertThat(exporter.getFinishedSpanItems()).isEmpty();
  }
}
