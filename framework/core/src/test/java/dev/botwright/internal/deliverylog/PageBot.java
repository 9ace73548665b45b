package dev.botwright.internal.deliverylog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.botwright.internal.webhook.WebhookRequests;
import dev.botwright.spi.DeliveryJournal;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A bot with the journal, the admin token and {@link FlakyHandler}, on 127.0.0.1, with a fake
 * GitHub (WireMock) for the redelivery requests. The delivery log page's HTTP and browser tests
 * share it.
 */
final class PageBot implements AutoCloseable {

  static final String TOKEN = "page-admin-token-for-tests-0123456789abcdef";
  static final String SECRET = "page-webhook-secret";

  final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
  final EmbeddedServer server;

  PageBot(Map<String, Object> settings) {
    github.start();
    Map<String, Object> properties = new HashMap<>();
    properties.put("spec.name", FlakyHandler.SPEC);
    properties.put("botwright.admin.token", TOKEN);
    properties.put("botwright.webhook.secrets", SECRET);
    properties.put("botwright.test.fake-event-clients", "true");
    properties.put("botwright.journal.enabled", "true");
    properties.put("botwright.journal.dir", "target/journal-tests/PageBot-" + System.nanoTime());
    properties.put("botwright.github.api-url", "http://127.0.0.1:" + github.port());
    properties.putAll(settings);
    server = ApplicationContext.run(EmbeddedServer.class, properties);
  }

  String base() {
    return "http://localhost:" + server.getPort();
  }

  DeliveryJournal journal() {
    return server.getApplicationContext().getBean(DeliveryJournal.class);
  }

  /** Sends the fixture {@code deliverylog/<event>.<action>.json} as delivery {@code id}. */
  int deliver(String id, String event, String fixture) {
    return WebhookRequests.to(server.getURI())
        .event(event, id, fixture(fixture), SECRET)
        .send()
        .statusCode();
  }

  /** The state of {@code id}, or null while the journal has no record. */
  DeliveryState state(String id) {
    return journal().find(id).map(DeliveryJournal.DeliveryRecord::state).orElse(null);
  }

  static byte[] fixture(String name) {
    try (InputStream in = PageBot.class.getResourceAsStream("/deliverylog/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture deliverylog/" + name + ".json");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
    github.stop();
  }
}
