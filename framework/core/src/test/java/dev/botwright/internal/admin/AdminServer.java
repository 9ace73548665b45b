package dev.botwright.internal.admin;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** A bot on 127.0.0.1 with the given settings, and plain HTTP requests to it. */
final class AdminServer implements AutoCloseable {

  static final String TOKEN = "s3cret-admin-token-for-tests-0123456789abcdef";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final EmbeddedServer server;

  AdminServer(Map<String, Object> settings) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("botwright.test.fake-event-clients", "true");
    properties.put("botwright.reconcile.enabled", "false");
    properties.putAll(settings);
    server = ApplicationContext.run(EmbeddedServer.class, properties);
  }

  String base() {
    return "http://127.0.0.1:" + server.getPort();
  }

  <T> T bean(Class<T> type) {
    return server.getApplicationContext().getBean(type);
  }

  HttpResponse<String> send(String method, String path, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, "Bearer " + TOKEN);
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
  }
}
