package dev.botwright.internal.webhook;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.config.WebhookConfiguration;
import dev.botwright.internal.dispatch.DeliveryPlan;
import dev.botwright.internal.dispatch.DeliveryProcessor;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.internal.metrics.DeliveryOutcome;
import dev.botwright.internal.queue.DeliveryRunner;
import dev.botwright.internal.setup.SetupMode;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GitHub's webhook route. Checks run cheapest first and each rejection changes nothing: content
 * type (415), headers (400), announced size (413), room in the unverified-bytes budget (503), then
 * the body is received (413 past the limit), the signature checked on the raw bytes (401), the JSON
 * (400); then the delivery is recorded (a redelivery is acknowledged but not dispatched) and queued
 * (503 when full). Handlers run later, on the queue's workers. Until setup mode has the app's
 * credentials every delivery gets 503.
 */
@Controller
final class WebhookController {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

  private final WebhookConfiguration webhook;
  private final DispatchConfiguration dispatch;
  private final WebhookSignatureVerifier verifier;
  private final WebhookPayloadScanner scanner;
  private final DeliveryProcessor dispatcher;
  private final DeliveryStore store;
  private final DeliveryRunner runner;
  private final SetupMode setup;
  private final ShutdownGate shutdown;
  private final UnverifiedBodies bodies;
  private final ExecutorService blocking;
  private final BotwrightMetrics metrics;

  WebhookController(
      WebhookConfiguration webhook,
      DispatchConfiguration dispatch,
      WebhookSignatureVerifier verifier,
      DeliveryProcessor dispatcher,
      DeliveryStore store,
      DeliveryRunner runner,
      SetupMode setup,
      ShutdownGate shutdown,
      UnverifiedBodies bodies,
      BotwrightMetrics metrics,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.metrics = metrics;
    this.blocking = blocking;
    this.shutdown = shutdown;
    this.bodies = bodies;
    this.webhook = webhook;
    this.dispatch = dispatch;
    this.verifier = verifier;
    this.scanner = new WebhookPayloadScanner(webhook.getMaxPayloadBytes());
    this.dispatcher = dispatcher;
    this.store = store;
    this.runner = runner;
    this.setup = setup;
    if (verifier.hasNoSecrets() && !setup.isWaiting()) {
      LOG.error(
          "No webhook secret is configured (botwright.webhook.secrets, WEBHOOK_SECRET):"
              + " every delivery will be rejected with 401");
    }
  }

  /**
   * Checks the headers on the event loop, then receives the body without holding a thread (a slow
   * sender costs only its share of the unverified-bytes budget), then verifies and records it on
   * the blocking executor: verifying 25 MB and a store that may be remote must not hold an event
   * loop.
   */
  @Post(
      uri = "${botwright.webhook.path:/api/github/webhooks}",
      consumes = MediaType.ALL,
      produces = MediaType.APPLICATION_JSON)
  CompletableFuture<HttpResponse<Map<String, Object>>> receive(HttpRequest<?> request) {
    HttpResponse<Map<String, Object>> refused = checkHeaders(request);
    if (refused != null) {
      return CompletableFuture.completedFuture(refused);
    }
    String id = request.getHeaders().get(WebhookHeaders.DELIVERY);
    long declared = request.getContentLength();
    if (declared > webhook.getMaxPayloadBytes()) {
      return CompletableFuture.completedFuture(tooLarge(id));
    }
    UnverifiedBodies.Lease lease = bodies.lease(declared);
    if (lease == null) {
      return CompletableFuture.completedFuture(busyReading(id, declared));
    }
    // The lease is held until the delivery is queued: past the signature the bytes are GitHub's,
    // but they are still this request's until the queue (with its own bound) has them.
    CompletableFuture<HttpResponse<Map<String, Object>>> answer = new CompletableFuture<>();
    lease
        .read(((ServerHttpRequest<?>) request).byteBody().toByteArrayPublisher(), declared)
        .whenComplete(
            (bytes, error) -> {
              try {
                blocking.execute(
                    () -> {
                      try (lease) {
                        answer.complete(
                            error == null
                                ? verified(request, id, bytes)
                                : unread(id, declared, error));
                      } catch (RuntimeException | Error e) {
                        answer.completeExceptionally(e);
                      }
                    });
              } catch (RejectedExecutionException stopping) {
                // The executor stops before the server closes its port: a body that finishes
                // arriving in between is refused like any other during shutdown, not left hanging.
                lease.close();
                answer.complete(
                    reject(id, HttpStatus.SERVICE_UNAVAILABLE, "The bot is shutting down"));
              }
            });
    return answer;
  }

  /** Null when the request may be a delivery, else the refusal. */
  private @Nullable HttpResponse<Map<String, Object>> checkHeaders(HttpRequest<?> request) {
    HttpHeaders headers = request.getHeaders();
    String id = headers.get(WebhookHeaders.DELIVERY);
    if (setup.isWaiting()) {
      return reject(
          id,
          HttpStatus.SERVICE_UNAVAILABLE,
          "The bot is not set up yet: finish registering the GitHub App on the bot's /setup page");
    }
    if (!WebhookHeaders.isJson(request.getContentType().orElse(null))) {
      return reject(id, HttpStatus.UNSUPPORTED_MEDIA_TYPE, WebhookHeaders.CONTENT_TYPE_ERROR);
    }
    String event = headers.get(WebhookHeaders.EVENT);
    if (isBlank(event) || isBlank(id)) {
      return reject(
          id,
          HttpStatus.BAD_REQUEST,
          "Missing "
              + (isBlank(event) ? WebhookHeaders.EVENT : WebhookHeaders.DELIVERY)
              + " header; is this request from GitHub?");
    }
    return null;
  }

  private HttpResponse<Map<String, Object>> unread(String id, long declared, Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof UnverifiedBodies.RefusedException refused) {
      return refused.refusal == UnverifiedBodies.Refusal.TOO_LARGE
          ? tooLarge(id)
          : busyReading(id, declared);
    }
    if (cause instanceof ContentLengthExceededException) {
      return tooLarge(id);
    }
    LOG.debug(
        "Webhook delivery {} body not received: {}", WebhookHeaders.loggable(id), cause.toString());
    return reject(
        id, HttpStatus.BAD_REQUEST, "The body did not arrive whole; send the delivery again");
  }

  private HttpResponse<Map<String, Object>> verified(
      HttpRequest<?> request, String id, byte[] bytes) {
    HttpHeaders headers = request.getHeaders();
    String event = headers.get(WebhookHeaders.EVENT);
    String signatureError = checkSignature(bytes, headers);
    if (signatureError != null) {
      // The event header is the sender's word: the meter maps it onto GitHub's catalog.
      metrics.delivery(event, null, DeliveryOutcome.REJECTED_SIGNATURE);
      return reject(id, HttpStatus.UNAUTHORIZED, signatureError);
    }
    WebhookPayloadScanner.Summary summary;
    try {
      summary = scanner.scan(bytes);
    } catch (WebhookPayloadScanner.InvalidPayloadException e) {
      return reject(id, HttpStatus.BAD_REQUEST, e.getMessage());
    }
    return accept(
        new Delivery(
            id,
            event,
            summary.action(),
            summary.installationId(),
            WebhookHeaders.kept(headers),
            bytes,
            Instant.now()));
  }

  private HttpResponse<Map<String, Object>> accept(Delivery delivery) {
    // The one look-up of the delivery's handlers and ordering key; the runner carries the plan.
    Optional<DeliveryPlan> plan = dispatcher.plan(delivery);
    if (plan.isEmpty()) {
      metrics.delivery(delivery.event(), delivery.action(), DeliveryOutcome.UNHANDLED);
      LOG.debug(
          "Delivery {} ({}) has no handler; acknowledged", delivery.id(), delivery.eventKey());
      return "ping".equals(delivery.event())
          ? HttpResponse.ok(Map.of("ok", true))
          : HttpResponse.accepted().body(Map.of("status", "ignored"));
    }
    if (shutdown.isClosed()) {
      return unavailable(delivery, "The bot is shutting down");
    }
    boolean isNew;
    try {
      isNew = store.recordIfNew(delivery.id(), webhook.getDedupeWindow());
    } catch (RuntimeException e) {
      LOG.error("Delivery {} could not be recorded: {}", delivery.id(), e.toString());
      forgetQuietly(delivery.id());
      return unavailable(delivery, "The bot could not record the delivery");
    }
    if (!isNew) {
      metrics.delivery(delivery.event(), delivery.action(), DeliveryOutcome.DUPLICATE);
      LOG.info(
          "Delivery {} ({}) is a duplicate; not dispatched", delivery.id(), delivery.eventKey());
      return HttpResponse.accepted().body(Map.of("status", "duplicate"));
    }
    boolean offered;
    try {
      offered = offer(delivery, plan.get());
    } catch (RuntimeException e) {
      LOG.error("Delivery {} could not be queued: {}", delivery.id(), e.toString());
      return unavailable(delivery, "The bot could not record the delivery");
    }
    if (!offered && shutdown.isClosed()) {
      return unavailable(delivery, "The bot is shutting down");
    }
    if (!offered) {
      long seconds = Math.max(1, dispatch.getRetryAfter().toSeconds());
      LOG.warn(
          "Delivery {} ({}) refused: the dispatch queue is full ({} pending)",
          delivery.id(),
          delivery.eventKey(),
          runner.pending());
      return HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
          .body(Map.of("error", "The bot is busy; retry after " + seconds + " seconds"));
    }
    return HttpResponse.accepted().body(Map.of("status", "accepted"));
  }

  /**
   * The budget for unverified bodies is spent: 503 before the body is read. GitHub does not retry,
   * but the reconciler asks it to redeliver failed deliveries.
   */
  private HttpResponse<Map<String, Object>> busyReading(String id, long declared) {
    long seconds = Math.max(1, dispatch.getRetryAfter().toSeconds());
    LOG.warn(
        "Webhook delivery {} refused with 503: {} body bytes are being received and checked"
            + " already (botwright.webhook.max-unverified-bytes); this one has {}",
        WebhookHeaders.loggable(id),
        bodies.reserved(),
        declared < 0 ? "no Content-Length" : declared + " bytes");
    return HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .body(
            Map.of(
                "error",
                "The bot is receiving too many large payloads at once; retry after "
                    + seconds
                    + " seconds"));
  }

  private HttpResponse<Map<String, Object>> unavailable(Delivery delivery, String why) {
    long seconds = Math.max(1, dispatch.getRetryAfter().toSeconds());
    LOG.warn("Delivery {} ({}) refused with 503: {}", delivery.id(), delivery.eventKey(), why);
    return HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .body(Map.of("error", why + "; retry after " + seconds + " seconds"));
  }

  /** The store may have recorded the id before failing; a redelivery must not look duplicate. */
  private void forgetQuietly(String id) {
    try {
      store.forget(id);
    } catch (RuntimeException e) {
      LOG.debug("Could not forget delivery {} either: {}", id, e.toString());
    }
  }

  /** Whether the queue took the delivery; if not, the id is forgotten so a redelivery counts. */
  private boolean offer(Delivery delivery, DeliveryPlan plan) {
    boolean offered = false;
    try {
      offered = runner.offer(delivery, plan);
      return offered;
    } finally {
      if (!offered) {
        store.forget(delivery.id());
      }
    }
  }

  /** Null when valid, else the reason (never the signature itself). */
  private @Nullable String checkSignature(byte[] body, HttpHeaders headers) {
    String signature = headers.get(WebhookHeaders.SIGNATURE_256);
    switch (verifier.verify(body, signature)) {
      case VALID:
        return null;
      case MISSING:
        return headers.contains(WebhookHeaders.SIGNATURE_SHA1)
            ? "Missing X-Hub-Signature-256 header: only sha256 is accepted, X-Hub-Signature (sha1)"
                + " is not"
            : "Missing X-Hub-Signature-256 header; set a secret on the webhook";
      case MALFORMED:
        return "X-Hub-Signature-256 is not 'sha256=' followed by 64 hex digits";
      default:
        return "X-Hub-Signature-256 does not match the payload; check the webhook secret";
    }
  }

  private HttpResponse<Map<String, Object>> tooLarge(String id) {
    return reject(
        id,
        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        "The payload is larger than " + webhook.getMaxPayloadBytes() + " bytes");
  }

  private static HttpResponse<Map<String, Object>> reject(
      @Nullable String id, HttpStatus status, String why) {
    LOG.info(
        "Webhook delivery {} rejected with {}: {}",
        WebhookHeaders.loggable(id),
        status.getCode(),
        why);
    return HttpResponse.<Map<String, Object>>status(status).body(Map.of("error", why));
  }

  private static boolean isBlank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
