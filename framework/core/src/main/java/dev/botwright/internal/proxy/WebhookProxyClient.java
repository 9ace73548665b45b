package dev.botwright.internal.proxy;

import dev.botwright.config.WebhookConfiguration;
import dev.botwright.internal.dispatch.Backoff;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes to the webhook proxy channel ({@code WEBHOOK_PROXY_URL}) once the server listens, and
 * posts each relayed delivery to the bot's own webhook route over loopback, so its signature is
 * checked and it is recorded like a direct one. Runs on a thread of its own: a proxy that is down
 * only costs reconnect attempts (bounded backoff with jitter, resuming with {@code Last-Event-ID}),
 * never start-up or direct webhooks. Only {@code message} events are relayed; smee's {@code ready}
 * and {@code ping} are ignored, as smee-client does.
 */
@Singleton
@Requires(property = "botwright.webhook.proxy-url")
final class WebhookProxyClient implements ApplicationEventListener<ServerStartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookProxyClient.class);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(30);

  private final WebhookConfiguration webhook;
  private final HttpServerConfiguration server;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final EventStream stream = new EventStream();
  private final Backoff backoff;
  private final AtomicBoolean warnedSignature = new AtomicBoolean();
  private final IdleWatch idle;
  private volatile boolean closed;
  // Whether the current attempt reached the event stream: the backoff starts over when it did.
  private boolean opened;
  // Whether this outage was logged at WARN: once per outage, not once per attempt.
  private boolean warnedOutage;
  private volatile @Nullable InputStream open;
  private @Nullable Thread thread;
  private @Nullable URI channel;
  private @Nullable URI target;

  WebhookProxyClient(WebhookConfiguration webhook, HttpServerConfiguration server) {
    this.webhook = webhook;
    this.server = server;
    this.backoff = new Backoff(webhook.getProxyInitialBackoff(), webhook.getProxyMaxBackoff());
    this.idle = new IdleWatch(webhook.getProxyIdleTimeout());
  }

  @Override
  public synchronized void onApplicationEvent(ServerStartupEvent event) {
    if (thread != null || closed) {
      return;
    }
    channel = URI.create(webhook.getProxyUrl());
    target = Loopback.webhookRoute(event.getSource(), server.getHost(), webhook.getPath());
    // The channel URL lets anyone read the relayed payloads; Probot logs it at INFO and so do we,
    // once, without any user-info or query a URL may carry.
    LOG.info(
        "Relaying webhooks from the proxy channel {} to {} (for development only; each delivery's"
            + " X-Hub-Signature-256 is checked as a direct one's)",
        Loopback.loggable(channel),
        target);
    thread = new Thread(this::run, "botwright-webhook-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  @PreDestroy
  synchronized void close() {
    closed = true;
    closeQuietly(open);
    idle.close();
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void run() {
    int failures = 0;
    while (!closed) {
      opened = false;
      try {
        listen();
        LOG.debug("The webhook proxy channel ended the stream; reconnecting");
      } catch (IOException | RuntimeException e) {
        if (closed) {
          return;
        }
        logFailure(e);
      } catch (InterruptedException e) {
        return;
      }
      failures = opened ? 0 : failures + 1;
      try {
        Thread.sleep(backoff.after(failures + 1).toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Reads the channel until its stream ends. */
  private void listen() throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(channel)
            .timeout(CONNECT_TIMEOUT)
            .header("Accept", "text/event-stream")
            .header("Cache-Control", "no-cache")
            .GET();
    if (!stream.lastEventId().isEmpty()) {
      request.header("Last-Event-ID", stream.lastEventId());
    }
    HttpResponse<InputStream> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = idle.watch(response.body())) {
      open = body;
      if (closed) {
        return;
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() != 200 || !type.startsWith("text/event-stream")) {
        throw new IOException(
            "it answered HTTP "
                + response.statusCode()
                + (type.isEmpty() ? "" : " with " + type)
                + " instead of an event stream");
      }
      opened = true;
      warnedOutage = false;
      LOG.info("Connected to the webhook proxy channel");
      stream.read(
          new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)), this::relay);
    } finally {
      open = null;
    }
  }

  private void logFailure(Exception e) {
    if (opened) {
      LOG.info("The webhook proxy stream broke ({}); reconnecting", e.toString());
    } else if (!warnedOutage) {
      warnedOutage = true;
      LOG.warn(
          "The webhook proxy channel cannot be reached ({}); retrying every {} at most."
              + " Direct webhooks are still served.",
          e.toString(),
          webhook.getProxyMaxBackoff());
    } else {
      LOG.debug("The webhook proxy channel is still unreachable: {}", e.toString());
    }
  }

  private void relay(EventStream.Event event) {
    if (!event.type().equals("message")) {
      LOG.debug("Ignored the webhook proxy's '{}' event", event.type());
      return;
    }
    Optional<RelayedDelivery> delivery;
    try {
      delivery = RelayedDelivery.parse(event.data());
    } catch (IOException e) {
      LOG.warn("Ignored a webhook proxy event {} whose data is not JSON", event.id());
      return;
    }
    delivery.ifPresentOrElse(
        this::forward, () -> LOG.debug("Ignored a webhook proxy event without a body"));
  }

  private void forward(RelayedDelivery delivery) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(FORWARD_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
    delivery.headers().forEach(request::header);
    String id = delivery.header("x-github-delivery");
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      LOG.info(
          "Relayed delivery {} ({}) from the webhook proxy: HTTP {}",
          id,
          delivery.header("x-github-event"),
          status);
      if (status == 401) {
        signatureRefused(delivery, id);
      } else if (status >= 400) {
        LOG.warn("The webhook route refused relayed delivery {}: {}", id, response.body());
      }
    } catch (IOException e) {
      LOG.warn("Could not relay delivery {} to {}: {}", id, target, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void signatureRefused(RelayedDelivery delivery, String id) {
    if (!warnedSignature.compareAndSet(false, true)) {
      return;
    }
    if (delivery.raw()) {
      LOG.warn(
          "Delivery {} relayed with its raw body failed the signature check: set WEBHOOK_SECRET"
              + " to the webhook secret on the GitHub App's settings page.",
          id);
      return;
    }
    LOG.warn(
        "Delivery {} relayed from the webhook proxy failed the signature check. The proxy (e.g."
            + " smee.io) relays the payload as parsed JSON, not GitHub's bytes, and it is sent on re-serialised"
            + " compactly as smee-client does; where GitHub's bytes differ (spacing, escapes,"
            + " number forms) the X-Hub-Signature-256 GitHub computed no longer matches, and the"
            + " delivery is refused: the check is never turned off. First check that WEBHOOK_SECRET"
            + " is the GitHub App's webhook secret; if it is, use a proxy that relays the raw body"
            + " (a 'rawBody' string field) or a tunnel to this server.",
        id);
  }

  private static void closeQuietly(@Nullable InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        LOG.debug("Closing the webhook proxy stream: {}", e.toString());
      }
    }
  }
}
