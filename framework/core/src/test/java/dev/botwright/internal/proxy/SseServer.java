package dev.botwright.internal.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A smee.io-like channel on loopback: each connection runs the script for its number (0 first),
 * which writes {@code text/event-stream} frames; the stream ends when the script returns.
 */
final class SseServer implements AutoCloseable {

  /** What the server does on one connection. */
  interface Script {
    void run(int connection, Stream stream) throws IOException, InterruptedException;
  }

  /** One open event stream. */
  final class Stream {
    private final OutputStream out;

    private Stream(OutputStream out) {
      this.out = out;
    }

    /** Writes one event: an {@code id} and {@code event} line when given, then its data. */
    void send(String id, String type, String data) throws IOException {
      StringBuilder frame = new StringBuilder();
      if (id != null) {
        frame.append("id: ").append(id).append('\n');
      }
      if (type != null) {
        frame.append("event: ").append(type).append('\n');
      }
      frame.append("data: ").append(data).append("\n\n");
      out.write(frame.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    /** Keeps the stream open until the server stops. */
    void holdOpen() throws InterruptedException {
      stopped.await();
    }
  }

  /** The {@code Last-Event-ID} each connection sent, in order; empty when it sent none. */
  final List<String> lastEventIds = new CopyOnWriteArrayList<>();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicInteger connections = new AtomicInteger();

  SseServer(Script script) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/channel", exchange -> serve(exchange, script));
    server.start();
  }

  URI channel() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/channel");
  }

  private void serve(HttpExchange exchange, Script script) throws IOException {
    try (exchange) {
      String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
      lastEventIds.add(lastEventId == null ? "" : lastEventId);
      exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
      exchange.getResponseHeaders().add("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(200, 0);
      script.run(connections.getAndIncrement(), new Stream(exchange.getResponseBody()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stopped.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
