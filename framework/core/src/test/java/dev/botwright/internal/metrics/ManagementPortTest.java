package dev.botwright.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With {@code endpoints.all.port} set, {@code /prometheus} moves to that port only, and answers any
 * machine there (every request here looks as if it came from another one).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "spec.name", value = "ManagementPortTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "metrics-secret")
@Property(name = "botwright.test.scrape-peer", value = "remote")
class ManagementPortTest implements TestPropertyProvider {

  private final int managementPort = freePort();

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return Map.of("endpoints.all.port", Integer.toString(managementPort));
  }

  @Test
  void servesPrometheusToAnyMachineOnTheManagementPortAndNotOnTheBotsPort() {
    URI management = URI.create("http://127.0.0.1:" + managementPort + "/prometheus");

    assertThat(Http.get(management).statusCode()).isEqualTo(200);
    assertThat(Http.get(management).body()).contains("botwright_token_mints_total");
    assertThat(Http.get(server.getURI().resolve("/prometheus")).statusCode()).isEqualTo(404);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
