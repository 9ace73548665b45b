package dev.botwright.sample;

import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Signs and posts {@code issues.opened} deliveries to bots, concurrently, the way GitHub does, and
 * remembers what each got back: the status code (0 when the bot could not be reached) and how long
 * the answer took. Each delivery opens its own issue, so its effect is one comment on that issue.
 */
final class LoadDriver implements AutoCloseable {

  static final String OWNER = "Codertocat";
  static final String REPO = "Hello-World";

  /** One delivery: GitHub's guid, its installation, the issue it opens, and the signed body. */
  record Delivery(String id, long installation, long issue, byte[] body) {
    @Override
    public String toString() {
      return id + " (installation " + installation + ", issue " + issue + ")";
    }
  }

  private final String secret;
  private final @Nullable HookDeliveries hookDeliveries;
  private final HttpClient http;
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  private final AtomicInteger accepted = new AtomicInteger();

  /** Reports every attempt to {@code hookDeliveries}, as GitHub would record it. */
  LoadDriver(String secret, @Nullable HookDeliveries hookDeliveries) {
    this.secret = secret;
    this.hookDeliveries = hookDeliveries;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /**
   * {@code count} deliveries for installations {@code base+1 … base+installations}, opening issues
   * {@code firstIssue …}.
   */
  static List<Delivery> deliveries(int count, int installations, long base, long firstIssue) {
    String template = new String(Fixture.of("issues.opened").bytes());
    List<Delivery> deliveries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long installation = base + 1 + (i % installations);
      long issue = firstIssue + i;
      byte[] body =
          Fixture.json(template)
              .installation(installation)
              .with("issue.number", issue)
              .with("issue.id", 9_000_000 + issue)
              .bytes();
      deliveries.add(new Delivery(UUID.randomUUID().toString(), installation, issue, body));
    }
    return deliveries;
  }

  /** Deliveries that got a 2xx so far. */
  int accepted() {
    return accepted.get();
  }

  /** The status each delivery's first post got (0: unreachable); redeliveries not counted. */
  Map<String, Integer> statuses() {
    return Map.copyOf(statuses);
  }

  /**
   * Sends every delivery to {@code target.apply(delivery)} from {@code concurrency} threads and
   * returns once all were answered or failed; returns each answer's latency in nanoseconds, in
   * delivery order.
   */
  long[] send(List<Delivery> deliveries, Function<Delivery, URI> target, int concurrency)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicLongArray latencies = new AtomicLongArray(deliveries.size());
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < concurrency; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < deliveries.size();
                      i = next.getAndIncrement()) {
                    Delivery delivery = deliveries.get(i);
                    long start = System.nanoTime();
                    post(target.apply(delivery), delivery);
                    latencies.set(i, System.nanoTime() - start);
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("A load worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    long[] result = new long[deliveries.size()];
    Arrays.setAll(result, latencies::get);
    return result;
  }

  /** What a bot answered: the status (0 when unreachable) and the body. */
  record Answer(int status, String body) {}

  /** Posts one delivery and returns the status. */
  int post(URI url, Delivery delivery) {
    return post(url, delivery, false).status();
  }

  /** Posts {@code delivery} again, same guid, as GitHub's redeliver button does. */
  Answer redeliver(URI url, Delivery delivery) {
    return post(url, delivery, true);
  }

  private Answer post(URI url, Delivery delivery, boolean redelivery) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("User-Agent", "GitHub-Hookshot/loadtest")
            .header("X-GitHub-Event", "issues")
            .header("X-GitHub-Delivery", delivery.id())
            .header(WebhookSigner.HEADER, WebhookSigner.sha256(delivery.body(), secret))
            .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
            .build();
    int status;
    String body = "";
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      body = response.body();
    } catch (IOException unreachable) {
      status = 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 0;
    }
    if (!redelivery) {
      statuses.put(delivery.id(), status);
      if (status / 100 == 2) {
        accepted.incrementAndGet();
      }
    }
    if (hookDeliveries != null) {
      hookDeliveries.record(delivery, status, redelivery);
    }
    return new Answer(status, body);
  }

  /** Status code → how many deliveries last got it. */
  Map<Integer, Long> statusCounts() {
    return statuses.values().stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Override
  public void close() {
    // HttpClient has no close on Java 17; its threads end with the JVM or when unreferenced.
  }
}
