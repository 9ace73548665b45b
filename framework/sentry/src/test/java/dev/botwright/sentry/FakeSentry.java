package dev.botwright.sentry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/** A Sentry ingest endpoint on loopback that keeps every envelope it is sent, unzipped. */
final class FakeSentry implements AutoCloseable {

  private final HttpServer server;
  private final List<String> envelopes = new CopyOnWriteArrayList<>();

  private FakeSentry(HttpServer server) {
    this.server = server;
  }

  static FakeSentry start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeSentry fake = new FakeSentry(server);
    server.createContext("/api/1/envelope/", fake::receive);
    server.start();
    return fake;
  }

  String dsn() {
    return "http://publickey@127.0.0.1:" + server.getAddress().getPort() + "/1";
  }

  /** Every envelope so far, as its newline-separated JSON text. */
  List<String> envelopes() {
    return new ArrayList<>(envelopes);
  }

  /** The event items of every envelope so far, as JSON text. */
  List<String> events() {
    List<String> events = new ArrayList<>();
    for (String envelope : envelopes) {
      String[] lines = envelope.split("\n");
      for (int i = 1; i + 1 < lines.length; i++) {
        if (lines[i].contains("\"type\":\"event\"")) {
          events.add(lines[i + 1]);
        }
      }
    }
    return events;
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (InputStream raw = exchange.getRequestBody()) {
      boolean gzip =
          "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
      InputStream body = gzip ? new GZIPInputStream(raw) : raw;
      envelopes.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }
    byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
