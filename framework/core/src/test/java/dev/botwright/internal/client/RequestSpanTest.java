package dev.botwright.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.config.ClientConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.internal.tracing.OpenTelemetryTracing;
import dev.botwright.internal.tracing.SpanAttributes;
import dev.botwright.internal.tracing.TraceSpan;
import io.micronaut.json.JsonMapper;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Every logical GitHub request is a child span of the handler's, with its template and retries. */
class RequestSpanTest {

  private static final String TOKEN = "ghs_abcdefghijklmnopqrstuvwxyz0123456789";

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetryTracing tracing =
      new OpenTelemetryTracing(
          OpenTelemetrySdk.builder()
              .setTracerProvider(
                  SdkTracerProvider.builder()
                      .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                      .build())
              .build());
  private final Deque<HttpExchange> answers = new ArrayDeque<>();

  private RequestExecutor executor() {
    ClientConfiguration config = new ClientConfiguration();
    config.setRetryDelay(Duration.ZERO);
    Transport transport =
        new Transport() {
          @Override
          public HttpExchange send(
              String method, URI uri, Map<String, String> headers, byte[] body) {
            return answers.removeFirst();
          }

          @Override
          public void close() {}
        };
    return new RequestExecutor(
        transport,
        config,
        Clock.systemUTC(),
        d -> {},
        "ua",
        new JsonBodies(JsonMapper.createDefault()),
        new InMemoryWriteSlots(Clock.systemUTC()),
        new RateLimitQuotas(),
        BotwrightMetrics.disabled(),
        null,
        tracing,
        RequestHooks.NONE);
  }

  @Test
  void aRetriedRequestIsOneChildSpanWithItsTemplateStatusRetriesAndRemaining() {
    answers.add(new HttpExchange(502, Map.of(), new byte[0]));
    answers.add(
        new HttpExchange(200, Map.of("x-ratelimit-remaining", List.of("4998")), "{}".getBytes()));
    try (TraceSpan handler = tracing.handler("Greeter#greet")) {
      executor()
          .execute(
              installation(),
              "d-1",
              Route.parse("GET /repos/{owner}/{repo}/issues/{issue_number}"),
              URI.create("http://127.0.0.1/repos/octocat/hello/issues/1"),
              null);
    }

    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans).hasSize(2);
    SpanData request = spans.get(0);
    SpanData handler = spans.get(1);
    assertThat(request.getName()).isEqualTo("GET /repos/{owner}/{repo}/issues/{issue_number}");
    assertThat(request.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(request.getParentSpanId()).isEqualTo(handler.getSpanId());
    assertThat(request.getTraceId()).isEqualTo(handler.getTraceId());
    assertThat(request.getAttributes().asMap())
        .containsEntry(AttributeKey.stringKey(SpanAttributes.METHOD), "GET")
        .containsEntry(
            AttributeKey.stringKey(SpanAttributes.ROUTE),
            "/repos/{owner}/{repo}/issues/{issue_number}")
        .containsEntry(AttributeKey.longKey(SpanAttributes.STATUS), 200L)
        .containsEntry(AttributeKey.longKey(SpanAttributes.RETRIES), 1L)
        .containsEntry(AttributeKey.longKey(SpanAttributes.RATE_LIMIT_REMAINING), 4998L);
    assertThat(request.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(request.getAttributes().toString()).doesNotContain("octocat", TOKEN);
  }

  @Test
  void aConcretePathIsRecordedAsOtherAndAFailureAsAnErrorWithAMaskedMessage() {
    answers.add(
        new HttpExchange(
            404, Map.of(), ("{\"message\":\"Not Found for " + TOKEN + "\"}").getBytes()));

    assertThatThrownBy(
            () ->
                executor()
                    .execute(
                        installation(),
                        null,
                        Route.parse("GET /repos/octocat/hello"),
                        URI.create("http://127.0.0.1/repos/octocat/hello"),
                        null))
        .isInstanceOf(GitHubApiException.class);

    SpanData request = exporter.getFinishedSpanItems().get(0);
    assertThat(request.getName()).isEqualTo("GET other");
    assertThat(request.getAttributes().asMap())
        .containsEntry(AttributeKey.stringKey(SpanAttributes.ROUTE), "other")
        .containsEntry(AttributeKey.longKey(SpanAttributes.STATUS), 404L)
        .containsEntry(AttributeKey.longKey(SpanAttributes.RETRIES), 0L);
    assertThat(request.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(request.getEvents()).hasSize(1);
    String recorded = request.getEvents().get(0).getAttributes().toString();
    assertThat(recorded).contains("GitHubApiException", "Not Found").doesNotContain(TOKEN);
    assertThat(request.getAttributes().toString()).doesNotContain("octocat", TOKEN);
  }

  private static RequestAuthorizer installation() {
    return new RequestAuthorizer() {
      @Override
      public OptionalLong installationId() {
        return OptionalLong.of(7);
      }

      @Override
      public Attempts start() {
        return new Attempts() {
          @Override
          public String authorization() {
            return "token " + TOKEN;
          }

          @Override
          public Optional<Duration> afterUnauthorized(String message, Optional<Instant> date) {
            return Optional.empty();
          }
        };
      }
    };
  }
}
