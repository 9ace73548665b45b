package dev.botwright.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.sun.net.httpserver.HttpServer;
import dev.botwright.BotwrightConfigurationException;
import dev.botwright.internal.dispatch.Fixtures;
import dev.botwright.internal.dispatch.LogCapture;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook proxy client against a smee.io-like channel on loopback: relayed deliveries go
 * through the webhook route (signature checked, recorded, handled), a dropped stream resumes with
 * {@code Last-Event-ID} without loss or repeat, smee's own events are ignored, a proxy that is down
 * leaves direct webhooks working, and production settings refuse it.
 */
class WebhookProxyTest {

  private static final String SECRET = "test-webhook-secret";
  private static final byte[] PRETTY = Fixtures.bytes("issues.opened");
  private static final String COMPACT = compact(PRETTY);

  private final LogCapture logs = LogCapture.attach();
  private EmbeddedServer bot;
  private SseServer channel;

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.getApplicationContext().close();
    }
    if (channel != null) {
      channel.close();
    }
    logs.detach();
  }

  @Test
  void relaysDeliveriesAndResumesAfterADropWithoutLossOrRepeat() throws IOException {
    String a = newId();
    String b = newId();
    String c = newId();
    String asPing = newId();
    channel =
        new SseServer(
            (connection, stream) -> {
              if (connection == 0) {
                stream.send(null, "ready", "{}");
                // smee's own events are never relayed, even one that looks like a delivery.
                stream.send(null, "ping", smeeData(asPing, COMPACT, sign(COMPACT)));
                stream.send("1", null, smeeData(a, COMPACT, sign(COMPACT)));
                stream.send("2", null, smeeData(b, COMPACT, sign(COMPACT)));
                return; // the connection drops after event 2
              }
              if (connection == 1) {
                stream.send("3", null, smeeData(c, COMPACT, sign(COMPACT)));
              }
              stream.holdOpen();
            });
    start(Map.of());
    ProxyTestBeans.IssuesHandler handler = bean(ProxyTestBeans.IssuesHandler.class);

    await().atMost(Duration.ofSeconds(10)).until(() -> handler.handled.contains(c));

    assertThat(handler.handled).containsExactly(a, b, c);
    assertThat(channel.lastEventIds).startsWith("", "2");
    assertThat(bean(ProxyTestBeans.Finished.class).get(a).body())
        .isEqualTo(COMPACT.getBytes(StandardCharsets.UTF_8));
    assertThat(bean(ProxyTestBeans.Finished.class).get(a).headers())
        .containsEntry("X-GitHub-Event", "issues");
  }

  @Test
  void aSilentStreamIsReopenedWhereItStopped() throws IOException {
    String first = newId();
    String second = newId();
    channel =
        new SseServer(
            (connection, stream) -> {
              if (connection == 0) {
                stream.send("1", null, smeeData(first, COMPACT, sign(COMPACT)));
              } else if (connection == 1) {
                stream.send("2", null, smeeData(second, COMPACT, sign(COMPACT)));
              }
              stream.holdOpen(); // open but silent, as a connection that died without a FIN
            });
    start(Map.of("botwright.webhook.proxy-idle-timeout", "300ms"));
    ProxyTestBeans.IssuesHandler handler = bean(ProxyTestBeans.IssuesHandler.class);

    await().atMost(Duration.ofSeconds(10)).until(() -> handler.handled.contains(second));

    assertThat(handler.handled).containsExactly(first, second);
    assertThat(channel.lastEventIds).startsWith("", "1");
  }

  @Test
  void relaysTheRawBodyWhenTheProxyHasOne() throws IOException {
    String id = newId();
    String pretty = new String(PRETTY, StandardCharsets.UTF_8);
    channel =
        new SseServer(
            (connection, stream) -> {
              if (connection == 0) {
                String data = smeeData(id, COMPACT, sign(pretty));
                String withRaw =
                    data.substring(0, data.length() - 1) + ",\"rawBody\":" + quote(pretty) + "}";
                stream.send("1", null, withRaw);
              }
              stream.holdOpen();
            });
    start(Map.of());
    ProxyTestBeans.Finished finished = bean(ProxyTestBeans.Finished.class);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> finished.deliveries.stream().anyMatch(d -> d.id().equals(id)));

    assertThat(finished.get(id).body()).isEqualTo(PRETTY);
    assertThat(bean(ProxyTestBeans.IssuesHandler.class).handled).containsExactly(id);
  }

  @Test
  void aSignatureBrokenByReSerialisationIsRefusedWithOneWarning() throws IOException {
    String broken1 = newId();
    String broken2 = newId();
    String good = newId();
    channel =
        new SseServer(
            (connection, stream) -> {
              if (connection == 0) {
                // GitHub signed its pretty bytes; the proxy relays parsed JSON only.
                String pretty = new String(PRETTY, StandardCharsets.UTF_8);
                stream.send("1", null, smeeData(broken1, COMPACT, sign(pretty)));
                stream.send("2", null, smeeData(broken2, COMPACT, sign(pretty)));
                stream.send("3", null, smeeData(good, COMPACT, sign(COMPACT)));
              }
              stream.holdOpen();
            });
    start(Map.of());
    ProxyTestBeans.IssuesHandler handler = bean(ProxyTestBeans.IssuesHandler.class);

    await().atMost(Duration.ofSeconds(10)).until(() -> handler.handled.contains(good));

    assertThat(handler.handled).containsExactly(good);
    List<String> warnings = warnings("failed the signature check");
    assertThat(warnings)
        .containsExactly(
            "Delivery "
                + broken1
                + " relayed from the webhook proxy failed the signature check. The proxy (e.g."
                + " smee.io) relays the payload as parsed JSON, not GitHub's bytes, and it is sent"
                + " on re-serialised compactly as smee-client does; where GitHub's bytes differ"
                + " (spacing, escapes, number forms) the X-Hub-Signature-256 GitHub computed no"
                + " longer matches, and the delivery is refused: the check is never turned off."
                + " First check that WEBHOOK_SECRET is the GitHub App's webhook secret; if it is,"
                + " use a proxy that relays the raw body (a 'rawBody' string field) or a tunnel to"
                + " this server.");
  }

  @Test
  void directWebhooksWorkWhileTheProxyIsDown() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String down = "http://127.0.0.1:" + closedPort + "/channel";
    start(Map.of("botwright.webhook.proxy-url", down));
    String id = newId();

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(bot.getURI().resolve("/api/github/webhooks"))
                    .header("Content-Type", "application/json")
                    .header("X-GitHub-Event", "issues")
                    .header("X-GitHub-Delivery", id)
                    .header("X-Hub-Signature-256", sign(COMPACT))
                    .POST(HttpRequest.BodyPublishers.ofString(COMPACT))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(infos("Relaying webhooks"))
        .containsExactly(
            "Relaying webhooks from the proxy channel "
                + down
                + " to "
                + bot.getURI().resolve("/api/github/webhooks")
                + " (for development only; each delivery's X-Hub-Signature-256 is checked as a"
                + " direct one's)");
    ProxyTestBeans.IssuesHandler handler = bean(ProxyTestBeans.IssuesHandler.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> handler.handled.contains(id));
    await().atMost(Duration.ofSeconds(10)).until(() -> !warnings("cannot be reached").isEmpty());
    assertThat(warnings("cannot be reached").get(0))
        .startsWith("The webhook proxy channel cannot be reached (")
        .endsWith("); retrying every PT0.2S at most. Direct webhooks are still served.");
  }

  @Test
  void aChannelThatRefusesIsRetriedWithOneWarningPerOutage() throws IOException {
    AtomicInteger attempts = new AtomicInteger();
    HttpServer gone = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gone.createContext(
        "/",
        exchange -> {
          attempts.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    gone.start();
    try {
      start(
          Map.of(
              "botwright.webhook.proxy-url",
              "http://127.0.0.1:" + gone.getAddress().getPort() + "/gone"));

      await().atMost(Duration.ofSeconds(10)).until(() -> attempts.get() >= 4);

      assertThat(warnings("cannot be reached"))
          .containsExactly(
              "The webhook proxy channel cannot be reached (java.io.IOException: it answered HTTP"
                  + " 404 instead of an event stream); retrying every PT0.2S at most. Direct"
                  + " webhooks are still served.");
    } finally {
      gone.stop(0);
    }
  }

  @Test
  void productionSettingsWithAProxyStopStartUp() {
    assertThatThrownBy(
            () ->
                start(
                    Map.of(
                        "botwright.webhook.proxy-url", "https://smee.io/abc123",
                        "botwright.environment", "production")))
        .hasRootCauseInstanceOf(BotwrightConfigurationException.class)
        .rootCause()
        .hasMessage(
            "Botwright cannot start: botwright.webhook.proxy-url (WEBHOOK_PROXY_URL) is set, but"
                + " the bot runs with production settings (botwright.environment (NODE_ENV) is"
                + " production). A webhook proxy relays deliveries to a development machine only:"
                + " unset WEBHOOK_PROXY_URL and set the GitHub App's webhook URL to this server's"
                + " public address, e.g. https://bot.example.com/api/github/webhooks.");
  }

  private void start(Map<String, Object> overrides) {
    Map<String, Object> properties = new java.util.HashMap<>();
    properties.put("spec.name", "WebhookProxyTest");
    properties.put("botwright.test.fake-event-clients", "true");
    properties.put("botwright.webhook.proxy-initial-backoff", "20ms");
    properties.put("botwright.webhook.proxy-max-backoff", "200ms");
    if (channel != null) {
      properties.put("botwright.webhook.proxy-url", channel.channel().toString());
    }
    properties.putAll(overrides);
    bot = ApplicationContext.run(EmbeddedServer.class, properties, "test");
  }

  private <T> T bean(Class<T> type) {
    return bot.getApplicationContext().getBean(type);
  }

  private List<String> warnings(String containing) {
    return logged(Level.WARN, containing);
  }

  private List<String> infos(String containing) {
    return logged(Level.INFO, containing);
  }

  private List<String> logged(Level level, String containing) {
    return logs.events().stream()
        .filter(e -> e.getLevel() == level)
        .filter(e -> e.getLoggerName().equals(WebhookProxyClient.class.getName()))
        .map(ILoggingEvent::getFormattedMessage)
        .filter(m -> m.contains(containing))
        .toList();
  }

  /** What smee.io sends: the request's headers lower-case, the body, query and timestamp. */
  private static String smeeData(String id, String body, String signature) {
    return "{\"host\":\"smee.io\",\"x-github-event\":\"issues\",\"x-github-delivery\":\""
        + id
        + "\",\"x-hub-signature-256\":\""
        + signature
        + "\",\"content-type\":\"application/json\",\"user-agent\":\"GitHub-Hookshot/test\","
        + "\"body\":"
        + body
        + ",\"query\":{},\"timestamp\":1733430000000}";
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  private static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  private static String sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The payload as JSON.stringify(JSON.parse(bytes)) writes it. */
  private static String compact(byte[] json) {
    JsonFactory factory = new JsonFactory();
    StringWriter out = new StringWriter();
    try (JsonParser parser = factory.createParser(json);
        JsonGenerator generator = factory.createGenerator(out)) {
      parser.nextToken();
      generator.copyCurrentStructure(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
