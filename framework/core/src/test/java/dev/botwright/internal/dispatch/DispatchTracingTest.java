package dev.botwright.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.internal.tracing.SpanAttributes;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With an OpenTelemetry bean, each attempt is a delivery span with a child span per handler. */
@MicronautTest(startApplication = false)
@Property(name = "spec.name", value = "DispatchTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.test.in-memory-tracing", value = "true")
class DispatchTracingTest {

  @Inject DeliveryProcessor processor;
  @Inject DispatchTestHandlers handlers;
  @Inject DeliveryStore store;
  @Inject InMemorySpanExporter exporter;

  @BeforeEach
  void reset() {
    handlers.order.clear();
    handlers.received.clear();
    handlers.failures.clear();
    exporter.reset();
  }

  @Test
  void anAttemptIsADeliverySpanWithAChildPerHandlerAndAFailingHandlerIsAnError() {
    Delivery delivery =
        Fixtures.delivery("traced-1", "issues", "opened", 2311213, Fixtures.bytes("issues.opened"));
    store.recordIfNew("traced-1", Duration.ofMinutes(1));
    Fixtures.process(processor, delivery, DeliveryProcessor.Attempt.ONLY);

    List<SpanData> spans = exporter.getFinishedSpanItems();
    SpanData root =
        spans.stream().filter(s -> s.getName().equals("delivery issues.opened")).findFirst().get();
    assertThat(root.getParentSpanContext().isValid()).isFalse();
    assertThat(root.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(root.getAttributes().asMap())
        .containsEntry(AttributeKey.stringKey(SpanAttributes.EVENT), "issues")
        .containsEntry(AttributeKey.stringKey(SpanAttributes.ACTION), "opened")
        .containsEntry(AttributeKey.longKey(SpanAttributes.INSTALLATION_ID), 2311213L)
        .containsEntry(AttributeKey.stringKey(SpanAttributes.DELIVERY_ID), "traced-1")
        .containsEntry(AttributeKey.longKey(SpanAttributes.ATTEMPT), 1L)
        .containsEntry(AttributeKey.stringKey(SpanAttributes.OUTCOME), SpanAttributes.DEAD);

    Map<String, SpanData> byHandler =
        spans.stream()
            .filter(s -> s.getName().startsWith("handler "))
            .collect(
                Collectors.toMap(
                    s -> s.getAttributes().get(AttributeKey.stringKey(SpanAttributes.HANDLER)),
                    Function.identity()));
    assertThat(byHandler)
        .containsKeys("DispatchTestHandlers#aFails", "DispatchTestHandlers#bBinds");
    assertThat(byHandler.values())
        .allSatisfy(
            s -> {
              assertThat(s.getParentSpanId()).isEqualTo(root.getSpanId());
              assertThat(s.getTraceId()).isEqualTo(root.getTraceId());
            });
    SpanData failed = byHandler.get("DispatchTestHandlers#aFails");
    assertThat(failed.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(failed.getAttributes().get(AttributeKey.stringKey(SpanAttributes.OUTCOME)))
        .isEqualTo(SpanAttributes.FAILED);
    assertThat(failed.getEvents().get(0).getAttributes().toString()).contains("aFails failed");
    assertThat(spans)
        .allSatisfy(
            s ->
                assertThat(s.getAttributes() + " " + s.getEvents())
                    .doesNotContain("Codertocat", "Spelling error", "Hello-World"));
    assertThat(byHandler.values())
        .filteredOn(s -> s.getStatus().getStatusCode() != StatusCode.ERROR)
        .allSatisfy(
            s ->
                assertThat(s.getAttributes().get(AttributeKey.stringKey(SpanAttributes.OUTCOME)))
                    .isEqualTo(SpanAttributes.HANDLED));
  }
}
