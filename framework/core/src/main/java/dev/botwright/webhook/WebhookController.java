package dev.botwright.webhook;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.config.WebhookConfiguration;
import dev.botwright.dispatch.HandlerRegistry;
import dev.botwright.setup.SetupMode;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryQueue;
import dev.botwright.spi.DeliveryStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GitHub's webhook route. Checks run cheapest first and each rejection changes nothing: content
 * type (415), headers (400), size (413), signature on the raw bytes (401), JSON (400); then the
 * delivery is recorded (a redelivery is acknowledged but not dispatched) and queued (503 when
 * full). Handlers run later, on the queue's workers. Until setup mode has the app's credentials
 * every delivery gets 503.
 */
@Controller
final class WebhookController {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

  private final WebhookConfiguration webhook;
  private final DispatchConfiguration dispatch;
  private final WebhookSignatureVerifier verifier;
  private final WebhookPayloadScanner scanner;
  private final HandlerRegistry handlers;
  private final DeliveryStore store;
  private final DeliveryQueue queue;
  private final SetupMode setup;
  private final ShutdownGate shutdown;

  WebhookController(
      WebhookConfiguration webhook,
      DispatchConfiguration dispatch,
      WebhookSignatureVerifier verifier,
      HandlerRegistry handlers,
      DeliveryStore store,
      DeliveryQueue queue,
      SetupMode setup,
      ShutdownGate shutdown) {
    this.shutdown = shutdown;
    this.webhook = webhook;
    this.dispatch = dispatch;
    this.verifier = verifier;
    this.scanner = new WebhookPayloadScanner(webhook.getMaxPayloadBytes());
    this.handlers = handlers;
    this.store = store;
    this.queue = queue;
    this.setup = setup;
    if (verifier.hasNoSecrets() && !setup.isWaiting()) {
      LOG.error(
          "No webhook secret is configured (botwright.webhook.secrets, WEBHOOK_SECRET):"
              + " every delivery will be rejected with 401");
    }
  }

  // Blocking executor: verifying 25 MB and a store that may be remote must not hold an event loop.
  @Post(
      uri = "${botwright.webhook.path:/api/github/webhooks}",
      consumes = MediaType.ALL,
      produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<Map<String, Object>> receive(HttpRequest<?> request, @Nullable @Body byte[] body) {
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
    byte[] bytes = body == null ? new byte[0] : body;
    if (bytes.length > webhook.getMaxPayloadBytes()) {
      return tooLarge(id);
    }
    String signatureError = checkSignature(bytes, headers);
    if (signatureError != null) {
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
    if (!handlers.listensTo(delivery.event(), delivery.action())) {
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
      LOG.info(
          "Delivery {} ({}) is a duplicate; not dispatched", delivery.id(), delivery.eventKey());
      return HttpResponse.accepted().body(Map.of("status", "duplicate"));
    }
    boolean offered;
    try {
      offered = offer(delivery);
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
          queue.pending());
      return HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
          .body(Map.of("error", "The bot is busy; retry after " + seconds + " seconds"));
    }
    return HttpResponse.accepted().body(Map.of("status", "accepted"));
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
  private boolean offer(Delivery delivery) {
    boolean offered = false;
    try {
      offered = queue.offer(delivery);
      return offered;
    } finally {
      if (!offered) {
        store.forget(delivery.id());
      }
    }
  }

  /** Null when valid, else the reason (never the signature itself). */
  private String checkSignature(byte[] body, HttpHeaders headers) {
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

  /**
   * Micronaut's own limits ({@code micronaut.server.max-request-size} and {@code
   * max-request-buffer-size}) answer through here, so the 413 body is this route's JSON.
   */
  @Error(exception = ContentLengthExceededException.class)
  HttpResponse<Map<String, Object>> contentTooLarge(HttpRequest<?> request) {
    return tooLarge(request.getHeaders().get(WebhookHeaders.DELIVERY));
  }

  @Error(exception = BufferLengthExceededException.class)
  HttpResponse<Map<String, Object>> bufferTooLarge(HttpRequest<?> request) {
    return tooLarge(request.getHeaders().get(WebhookHeaders.DELIVERY));
  }

  private HttpResponse<Map<String, Object>> tooLarge(String id) {
    return reject(
        id,
        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        "The payload is larger than " + webhook.getMaxPayloadBytes() + " bytes");
  }

  private static HttpResponse<Map<String, Object>> reject(
      String id, HttpStatus status, String why) {
    LOG.info(
        "Webhook delivery {} rejected with {}: {}",
        WebhookHeaders.loggable(id),
        status.getCode(),
        why);
    return HttpResponse.<Map<String, Object>>status(status).body(Map.of("error", why));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
