package dev.botwright.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code botwright.metrics.allow-remote=true} lets another machine scrape the bot's own port. */
@MicronautTest
@Property(name = "spec.name", value = "ScrapeAllowRemoteTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "metrics-secret")
@Property(name = "botwright.test.scrape-peer", value = "remote")
@Property(name = "botwright.metrics.allow-remote", value = "true")
class ScrapeAllowRemoteTest {

  @Inject EmbeddedServer server;

  @Test
  void servesAnotherMachine() {
    HttpResponse<String> answer = Http.get(server.getURI().resolve("/prometheus"));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("botwright_token_mints_total");
  }
}
