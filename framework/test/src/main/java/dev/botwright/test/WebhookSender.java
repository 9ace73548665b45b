package dev.botwright.test;

import dev.botwright.config.WebhookConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers webhooks to the bot under test through its real HTTP route, signed with the test secret,
 * and waits until every handler has finished.
 */
@Singleton
public final class WebhookSender {

  /** How long {@link #send} waits for handlers before failing the test. */
  public static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);

  private final EmbeddedServer server;
  private final WebhookConfiguration webhook;
  private final DeliveryTracker tracker;
  private final HttpClient http = HttpClient.newHttpClient();

  WebhookSender(EmbeddedServer server, WebhookConfiguration webhook, DeliveryTracker tracker) {
    this.server = server;
    this.webhook = webhook;
    this.tracker = tracker;
  }

  /**
   * Sends a fixture from the test classpath as the given event, as {@link #send(String, Fixture)}
   * does with {@link Fixture#resource(String)}.
   *
   * @param event {@code "issues.opened"} or just {@code "issues"}: the part before the dot is the
   *     {@code X-GitHub-Event} header
   * @param fixture a classpath resource, e.g. {@code "fixtures/issues.opened.json"}
   */
  public DeliveryResult send(String event, String fixture) {
    return send(event, Fixture.resource(fixture));
  }

  /**
   * Sends the fixture named {@code eventKey}: {@code send(Fixture.of(eventKey))}.
   *
   * @param eventKey e.g. {@code "issues.opened"}: {@code fixtures/issues.opened.json} if the test
   *     classpath has it, else the shipped GitHub example
   */
  public DeliveryResult send(String eventKey) {
    return send(Fixture.of(eventKey));
  }

  /**
   * Sends {@code fixture} as its own {@link Fixture#event() event}.
   *
   * @throws AssertionError when the fixture has no event (built in code without {@link
   *     Fixture#forEvent(String)})
   */
  public DeliveryResult send(Fixture fixture) {
    String event =
        fixture
            .event()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "The fixture has no event name: give one with"
                            + " webhooks.send(\"issues.opened\", fixture) or"
                            + " fixture.forEvent(\"issues.opened\")"));
    return send(event, fixture);
  }

  /**
   * Sends {@code fixture} as {@code event}, signed with the test secret. A payload without an
   * {@code installation} gets {@code {"id": 1}} ({@link Fixture#DEFAULT_INSTALLATION_ID}), as
   * GitHub sends one to every App, unless the fixture is {@link Fixture#withoutInstallation()}.
   *
   * @param event {@code "issues.opened"} or just {@code "issues"}: the part before the dot is the
   *     {@code X-GitHub-Event} header; an action after it must be the payload's {@code action}
   * @throws AssertionError when {@code event} names another action than the payload's
   */
  public DeliveryResult send(String event, Fixture fixture) {
    int dot = event.indexOf('.');
    if (dot >= 0) {
      String expected = event.substring(dot + 1);
      String actual = fixture.action().orElse(null);
      if (!expected.equals(actual)) {
        throw new AssertionError(
            "Cannot send "
                + fixture
                + " as '"
                + event
                + "': the event names action '"
                + expected
                + "' but the payload's action is "
                + (actual == null ? "missing" : "'" + actual + "'")
                + ". Send the matching fixture, or set it with .with(\"action\", \""
                + expected
                + "\")");
      }
    }
    Fixture sent = fixture;
    if (fixture.addsDefaultInstallation()
        && fixture.json().isObject()
        && fixture.json().get("installation") == null) {
      sent = fixture.installation(Fixture.DEFAULT_INSTALLATION_ID);
    }
    return send(event, sent.bytes());
  }

  /** Sends {@code body} exactly as given (no installation added) as the event, signed. */
  public DeliveryResult send(String event, byte[] body) {
    String name = event.contains(".") ? event.substring(0, event.indexOf('.')) : event;
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-GitHub-Event", name);
    headers.put("X-GitHub-Delivery", UUID.randomUUID().toString());
    headers.put("X-Hub-Signature-256", sign(body));
    return post(headers, body);
  }

  /**
   * Posts exactly these headers and bytes (for testing bad input); waits for handlers if any ran.
   */
  public DeliveryResult post(Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURL() + webhook.getPath()))
            .timeout(HANDLER_TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    String deliveryId = headers.getOrDefault("X-GitHub-Delivery", "");
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("Could not post the webhook to " + server.getURL(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while posting the webhook", e);
    }
    boolean dispatched = response.statusCode() == 202 && response.body().contains("\"accepted\"");
    if (!dispatched) {
      return new DeliveryResult(
          response.statusCode(), response.body(), deliveryId, false, 0, List.of());
    }
    DeliveryTracker.DeliveryOutcome outcome = await(deliveryId);
    return new DeliveryResult(
        response.statusCode(),
        response.body(),
        deliveryId,
        true,
        outcome.handlers(),
        outcome.failure().map(f -> f.failures()).orElse(List.of()));
  }

  /** The {@code X-Hub-Signature-256} value for {@code body} under the test secret. */
  public String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              TestApp.get().webhookSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
      SecretLeakDetector.watch(signature.substring("sha256=".length()));
      return signature;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private DeliveryTracker.DeliveryOutcome await(String deliveryId) {
    try {
      return tracker.future(deliveryId).get(HANDLER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Handlers of delivery "
              + deliveryId
              + " did not finish within "
              + HANDLER_TIMEOUT.toSeconds()
              + " s");
    } catch (ExecutionException e) {
      throw new AssertionError("Waiting for delivery " + deliveryId + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for delivery " + deliveryId, e);
    }
  }
}
