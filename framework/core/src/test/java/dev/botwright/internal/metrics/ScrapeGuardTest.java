package dev.botwright.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** On the bot's own port, {@code /prometheus} does not exist for another machine. */
@MicronautTest
@Property(name = "spec.name", value = "ScrapeGuardTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "metrics-secret")
@Property(name = "botwright.test.scrape-peer", value = "remote")
class ScrapeGuardTest {

  @Inject EmbeddedServer server;

  @Test
  void answersAnotherMachine404AndNothingElse() {
    HttpResponse<String> answer = Http.get(server.getURI().resolve("/prometheus"));

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain("botwright_").doesNotContain("installation");
  }

  @Test
  void aForwardedForHeaderDoesNotMakeItThisMachine() {
    HttpResponse<String> answer =
        Http.get(server.getURI().resolve("/prometheus"), "X-Forwarded-For", "127.0.0.1");

    assertThat(answer.statusCode()).isEqualTo(404);
  }
}
