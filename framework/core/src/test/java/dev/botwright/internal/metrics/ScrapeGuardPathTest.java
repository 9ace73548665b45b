package dev.botwright.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The guard finds the endpoint by its route, so a moved endpoint is guarded too. */
@MicronautTest
@Property(name = "spec.name", value = "ScrapeGuardPathTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "metrics-secret")
@Property(name = "botwright.test.scrape-peer", value = "remote")
@Property(name = "endpoints.all.path", value = "/manage")
class ScrapeGuardPathTest {

  @Inject EmbeddedServer server;

  @Test
  void refusesAnotherMachineAtTheConfiguredPath() {
    assertThat(Http.get(server.getURI().resolve("/manage/prometheus")).statusCode()).isEqualTo(404);
  }
}
