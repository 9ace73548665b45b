package dev.botwright.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code /prometheus} is on by default, needs no credentials and holds no per-request meters. */
@MicronautTest
@Property(name = "spec.name", value = "PrometheusEndpointTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "metrics-secret")
class PrometheusEndpointTest {

  @Inject EmbeddedServer server;

  @Test
  void servesBotwrightsAndTheJvmsMetersWithoutCredentials() {
    HttpResponse<String> answer = Http.get(server.getURI().resolve("/prometheus"));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(answer.body())
        .contains("# TYPE botwright_token_mints_total counter")
        .contains("botwright_queue_depth ")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void countsNoRequestByItsPath() {
    assertThat(Http.get(server.getURI().resolve("/repos/octocat/secret-project")).statusCode())
        .isEqualTo(404);

    String body = Http.get(server.getURI().resolve("/prometheus")).body();

    assertThat(body).doesNotContain("http_server_requests").doesNotContain("secret-project");
  }
}
