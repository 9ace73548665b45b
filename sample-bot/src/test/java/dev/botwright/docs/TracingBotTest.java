package dev.botwright.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fault;
import dev.botwright.test.WebhookSender;
import io.micronaut.context.annotation.Property;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * docs/tracing.md end to end: with Micronaut's OpenTelemetry module on the class path (and a span
 * processor bean where an application would configure an exporter), a delivery to the sample bot is
 * one trace: the delivery span, the handler's child, and a child per GitHub request.
 */
@BotTest
@Property(name = "docs.in-memory-spans", value = "true")
class TracingBotTest {

  private static final String COMMENTS =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";

  @Inject InMemorySpanExporter exporter;

  @Test
  void aDeliveryIsATraceOfItsHandlerAndItsGitHubRequests(
      FakeGitHub github, WebhookSender webhooks) {
    github
        .stub(COMMENTS, 201, "{\"id\":7}", Map.of("x-ratelimit-remaining", "4321"))
        .failNext(COMMENTS, Fault.serverError(502));
    String delivery =
        webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled().deliveryId();

    SpanData root = await().until(() -> span("delivery issues.opened"), Optional::isPresent).get();
    assertThat(root.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(string(root, "github.event")).isEqualTo("issues");
    assertThat(string(root, "github.action")).isEqualTo("opened");
    assertThat(string(root, "github.delivery_id")).isEqualTo(delivery);
    assertThat(number(root, "github.installation_id")).isPositive();
    assertThat(number(root, "botwright.attempt")).isEqualTo(1);
    assertThat(string(root, "botwright.outcome")).isEqualTo("handled");

    SpanData handler = span("handler Greeter#greet").orElseThrow();
    assertThat(handler.getParentSpanId()).isEqualTo(root.getSpanId());
    assertThat(string(handler, "botwright.handler")).isEqualTo("Greeter#greet");
    assertThat(string(handler, "botwright.outcome")).isEqualTo("handled");

    SpanData comment = span(COMMENTS).orElseThrow();
    assertThat(comment.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(comment.getTraceId()).isEqualTo(root.getTraceId());
    assertThat(comment.getParentSpanId()).isEqualTo(handler.getSpanId());
    assertThat(string(comment, "url.template"))
        .isEqualTo("/repos/{owner}/{repo}/issues/{issue_number}/comments");
    assertThat(number(comment, "http.response.status_code")).isEqualTo(201);
    assertThat(number(comment, "botwright.github.retries")).isEqualTo(1);
    assertThat(number(comment, "github.rate_limit.remaining")).isEqualTo(4321);
    github.assertCalled(COMMENTS).times(2);

    SpanData config =
        span("GET /repos/{owner}/{repo}/contents/{+path}")
            .orElseThrow(
                () ->
                    new AssertionError(
                        exporter.getFinishedSpanItems().stream().map(SpanData::getName).toList()));
    assertThat(config.getParentSpanId()).isEqualTo(handler.getSpanId());

    List<SpanData> ours =
        exporter.getFinishedSpanItems().stream()
            .filter(s -> s.getTraceId().equals(root.getTraceId()))
            .toList();
    assertThat(ours)
        .allSatisfy(
            s ->
                assertThat(s.getAttributes() + " " + s.getEvents())
                    .doesNotContain("Codertocat", "Hello-World", "Spelling error", "ghs_"));
  }

  private Optional<SpanData> span(String name) {
    return exporter.getFinishedSpanItems().stream()
        .filter(s -> s.getName().equals(name))
        .findFirst();
  }

  private static String string(SpanData span, String key) {
    return span.getAttributes().get(AttributeKey.stringKey(key));
  }

  private static long number(SpanData span, String key) {
    Long value = span.getAttributes().get(AttributeKey.longKey(key));
    assertThat(value).as(key + " of " + span.getName()).isNotNull();
    return value;
  }
}
