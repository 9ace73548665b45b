package dev.botwright.test;

import dev.botwright.config.WebhookConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Delivers webhooks to the bot under test through its real HTTP route, signed with the test secret,
 * and waits until every handler has finished. {@link #forUrl(URI, String)} makes one for a bot in
 * another process.
 */
@Singleton
public final class WebhookSender {

  /** How long {@link #send} waits for handlers before failing the test. */
  public static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);

  private final Supplier<URI> route;
  private final Supplier<String> secret;

  /** Null for a sender to a URL ({@link #forUrl}), which cannot see the handlers finish. */
  private final @Nullable DeliveryTracker tracker;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Inject
  WebhookSender(EmbeddedServer server, WebhookConfiguration webhook, DeliveryTracker tracker) {
    this(
        () -> URI.create(server.getURL() + webhook.getPath()),
        () -> TestApp.get().webhookSecret,
        tracker);
  }

  private WebhookSender(
      Supplier<URI> route, Supplier<String> secret, @Nullable DeliveryTracker tracker) {
    this.route = route;
    this.secret = secret;
    this.tracker = tracker;
  }

  /**
   * A sender for a bot running elsewhere, e.g. a packaged jar started as a child process: it posts
   * to {@code webhookUrl}, signed with {@code secret}, and needs no Micronaut context. It cannot
   * see the bot's handlers, so it returns as soon as the bot answers: every {@link DeliveryResult}
   * has {@code dispatched()} false and no handlers, and {@link DeliveryResult#assertHandled()} does
   * not apply. Wait for the handlers' effects on a {@link FakeGitHub} instead.
   *
   * <pre>{@code
   * WebhookSender webhooks =
   *     WebhookSender.forUrl(URI.create("http://127.0.0.1:3000/api/github/webhooks"), secret);
   * webhooks.send("issues.opened").assertStatus(202);
   * }</pre>
   *
   * @param webhookUrl the bot's webhook route, absolute {@code http} or {@code https}
   * @param secret the webhook secret the bot checks signatures with
   * @throws IllegalArgumentException when the URL is not absolute http(s) or the secret is empty
   */
  public static WebhookSender forUrl(URI webhookUrl, String secret) {
    Objects.requireNonNull(webhookUrl, "webhookUrl");
    Objects.requireNonNull(secret, "secret");
    String scheme = webhookUrl.getScheme();
    if ((!"http".equals(scheme) && !"https".equals(scheme)) || webhookUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "Expected an absolute http(s) webhook URL such as"
              + " http://127.0.0.1:3000/api/github/webhooks but got "
              + webhookUrl);
    }
    if (secret.isEmpty()) {
      throw new IllegalArgumentException(
          "The webhook secret is empty: pass the secret the bot is configured with");
    }
    return new WebhookSender(() -> webhookUrl, () -> secret, null);
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
   * {@code installation} gets {@code {"id": 42}} ({@link Fixture#DEFAULT_INSTALLATION_ID}), as
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
    headers.put(WebhookSigner.HEADER, sign(body));
    return post(headers, body);
  }

  /**
   * Posts exactly these headers and bytes (for testing bad input); waits for handlers if any ran,
   * unless this sender was made by {@link #forUrl(URI, String)}.
   */
  public DeliveryResult post(Map<String, String> headers, byte[] body) {
    URI target = route.get();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(HANDLER_TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    String deliveryId = headers.getOrDefault("X-GitHub-Delivery", "");
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("Could not post the webhook to " + target, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while posting the webhook", e);
    }
    DeliveryTracker awaiting = tracker;
    if (awaiting == null
        || response.statusCode() != 202
        || !response.body().contains("\"accepted\"")) {
      return new DeliveryResult(
          response.statusCode(), response.body(), deliveryId, false, 0, List.of());
    }
    DeliveryTracker.DeliveryOutcome outcome = await(awaiting, deliveryId);
    return new DeliveryResult(
        response.statusCode(),
        response.body(),
        deliveryId,
        true,
        outcome.handlers(),
        outcome.failure().map(f -> f.failures()).orElse(List.of()));
  }

  /**
   * The {@code X-Hub-Signature-256} value for {@code body} under this sender's secret (the test
   * secret, or the one given to {@link #forUrl(URI, String)}); see {@link WebhookSigner}.
   */
  public String sign(byte[] body) {
    return WebhookSigner.sha256(body, secret.get());
  }

  private static DeliveryTracker.DeliveryOutcome await(
      DeliveryTracker awaiting, String deliveryId) {
    try {
      return awaiting.future(deliveryId).get(HANDLER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
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
