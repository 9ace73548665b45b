package dev.botwright.sample;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.micronaut.json.tree.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * GitHub's record of the app's webhook deliveries, as {@code GET /app/hook/deliveries} shows it
 * (newest first, cursor pagination): one entry per attempt, with the status code the bot answered
 * (0 when it could not be reached). {@code POST /app/hook/deliveries/{id}/attempts} sends the
 * delivery again, signed, with the same {@code X-GitHub-Delivery} guid, as GitHub does.
 */
final class HookDeliveries implements AutoCloseable {

  /** One delivery attempt. */
  record Attempt(
      long id, String guid, Instant at, boolean redelivery, int statusCode, long installation) {}

  /** Sends one delivery again; it records the attempt itself ({@link LoadDriver#redeliver}). */
  interface Resender {
    void resend(LoadDriver.Delivery delivery);
  }

  private final List<Attempt> attempts = new ArrayList<>();
  private final Map<String, LoadDriver.Delivery> byGuid = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> redeliveryRequests = new ConcurrentHashMap<>();
  private final ExecutorService resends = Executors.newFixedThreadPool(4);
  private final AtomicInteger ids = new AtomicInteger(5_000_000);
  private volatile @Nullable Resender resender;

  /** Where redeliveries go; until set, a redelivery request is answered but sends nothing. */
  void resendWith(Resender resender) {
    this.resender = resender;
  }

  /** Remembers that {@code delivery} was attempted and what the bot answered. */
  synchronized void record(LoadDriver.Delivery delivery, int statusCode, boolean redelivery) {
    byGuid.putIfAbsent(delivery.id(), delivery);
    attempts.add(
        new Attempt(
            ids.incrementAndGet(),
            delivery.id(),
            Instant.now(),
            redelivery,
            statusCode,
            delivery.installation()));
  }

  synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  /** How many times the reconciler asked to redeliver {@code guid}. */
  int redeliveryRequests(String guid) {
    AtomicInteger count = redeliveryRequests.get(guid);
    return count == null ? 0 : count.get();
  }

  int redeliveryRequests() {
    return redeliveryRequests.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  synchronized ResponseDefinition list(String baseUrl, Map<String, String> query) {
    int perPage = Math.min(100, Integer.parseInt(query.getOrDefault("per_page", "30")));
    int offset = Integer.parseInt(query.getOrDefault("cursor", "v1_0").substring(3));
    List<Object> page = new ArrayList<>();
    int newest = attempts.size() - 1 - offset;
    for (int i = newest; i >= 0 && i > newest - perPage; i--) {
      page.add(json(attempts.get(i)));
    }
    var response =
        WireMock.aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(Json.write(Json.node(page)));
    if (offset + perPage < attempts.size()) {
      response.withHeader(
          "Link",
          "<"
              + baseUrl
              + "/app/hook/deliveries?per_page="
              + perPage
              + "&cursor=v1_"
              + (offset + perPage)
              + ">; rel=\"next\"");
    }
    return response.build();
  }

  synchronized ResponseDefinition redeliver(long attemptId) {
    Attempt attempt = attempts.stream().filter(a -> a.id() == attemptId).findFirst().orElse(null);
    if (attempt == null) {
      return StatefulGitHub.json(404, Json.object("message", "Not Found"));
    }
    redeliveryRequests.computeIfAbsent(attempt.guid(), g -> new AtomicInteger()).incrementAndGet();
    LoadDriver.Delivery delivery = byGuid.get(attempt.guid());
    Resender target = resender;
    if (target != null && delivery != null) {
      resends.execute(() -> target.resend(delivery));
    }
    return StatefulGitHub.json(202, Json.object());
  }

  private static JsonNode json(Attempt a) {
    boolean ok = a.statusCode() / 100 == 2;
    return Json.object(
        "id", a.id(),
        "guid", a.guid(),
        "delivered_at", a.at().toString(),
        "redelivery", a.redelivery(),
        "duration", 0.01,
        "status", ok ? "OK" : statusText(a.statusCode()),
        "status_code", a.statusCode(),
        "event", "issues",
        "action", "opened",
        "installation_id", a.installation(),
        "repository_id", 1296269L);
  }

  private static String statusText(int code) {
    return code == 0 ? "failed to connect to host" : "Invalid HTTP Response: " + code;
  }

  @Override
  public void close() {
    resends.shutdownNow();
    try {
      resends.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
