package dev.botwright.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.internal.dispatch.FakeEventClients;
import dev.botwright.internal.dispatch.Fixtures;
import dev.botwright.spi.Delivery;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
@Property(name = "spec.name", value = "WebhookIntakeTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "current-secret,previous-secret")
@Property(name = "botwright.dispatch.workers", value = "1")
class WebhookIntakeTest {

  private static final String SECRET = "current-secret";
  private static final byte[] ISSUE = Fixtures.bytes("issues.opened");

  @Inject EmbeddedServer server;
  @Inject IntakeTestBeans.IssuesHandler handler;
  @Inject IntakeTestBeans.Finished finished;
  @Inject FakeEventClients clients;

  private WebhookRequests request() {
    return WebhookRequests.to(server.getURI());
  }

  private WebhookRequests issue(String id) {
    return request().event("issues", id, ISSUE, SECRET);
  }

  private void awaitFinished(String id) {
    await().atMost(Duration.ofSeconds(10)).until(() -> finished.contains(id));
  }

  /** Sends a valid delivery after {@code rejected} and checks that only it was handled. */
  private void assertNeverDispatched(String rejected) {
    String sentinel = WebhookRequests.newId();
    assertThat(issue(sentinel).send().statusCode()).isEqualTo(202);
    awaitFinished(sentinel);
    assertThat(handler.handled).doesNotContain(rejected);
    assertThat(finished.contains(rejected)).isFalse();
  }

  private static void assertError(HttpResponse<String> response, int status, String message) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body()).isEqualTo("{\"error\":\"" + message + "\"}");
  }

  @Test
  void acceptsASignedDeliveryAndDispatchesItOffTheRequest() {
    String id = WebhookRequests.newId();

    HttpResponse<String> response = issue(id).send();

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).isEqualTo("{\"status\":\"accepted\"}");
    awaitFinished(id);
    assertThat(handler.handled).contains(id);
    Delivery delivery =
        finished.deliveries.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    assertThat(delivery.eventKey()).isEqualTo("issues.opened");
    assertThat(delivery.installationId()).isEqualTo(2311213);
    assertThat(delivery.body()).isEqualTo(ISSUE);
    assertThat(clients.createdFor(id))
        .singleElement()
        .satisfies(created -> assertThat(created.installationId()).isEqualTo(2311213));
    assertThat(delivery.headers())
        .isEqualTo(
            Map.of(
                "X-GitHub-Event", "issues",
                "X-GitHub-Delivery", id,
                "X-GitHub-Hook-ID", "30",
                "User-Agent", "GitHub-Hookshot/test"));
  }

  @Test
  void acceptsTheSecondSecretWhileRotating() {
    String id = WebhookRequests.newId();

    HttpResponse<String> response = request().event("issues", id, ISSUE, "previous-secret").send();

    assertThat(response.statusCode()).isEqualTo(202);
    awaitFinished(id);
  }

  @Test
  void acceptsJsonWithCharsetOrSuffix() {
    String a = WebhookRequests.newId();
    String b = WebhookRequests.newId();
    assertThat(
            issue(a).header("Content-Type", "application/json; charset=utf-8").send().statusCode())
        .isEqualTo(202);
    assertThat(issue(b).header("Content-Type", "application/vnd.github+json").send().statusCode())
        .isEqualTo(202);
    awaitFinished(a);
    awaitFinished(b);
  }

  @Test
  void dispatchesARedeliveryOnlyOnce() {
    String id = WebhookRequests.newId();
    assertThat(issue(id).send().statusCode()).isEqualTo(202);

    HttpResponse<String> again = issue(id).send();

    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(again.body()).isEqualTo("{\"status\":\"duplicate\"}");
    awaitFinished(id);
    assertNeverDispatched("none");
    assertThat(handler.handled.stream().filter(id::equals).count()).isEqualTo(1);
  }

  @Test
  void acknowledgesAnEventNoHandlerListensToWithoutQueueingOrAClient() {
    String id = WebhookRequests.newId();

    HttpResponse<String> response =
        request().event("pull_request", id, Fixtures.bytes("pull_request.opened"), SECRET).send();

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).isEqualTo("{\"status\":\"ignored\"}");
    assertNeverDispatched(id);
    assertThat(clients.createdFor(id)).isEmpty();
  }

  @Test
  void answersPing() {
    String id = WebhookRequests.newId();

    HttpResponse<String> response =
        request().event("ping", id, Fixtures.bytes("ping"), SECRET).send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"ok\":true}");
    assertNeverDispatched(id);
  }

  @Test
  void refusesFormEncodedDeliveries() {
    String id = WebhookRequests.newId();
    byte[] form =
        ("payload=" + new String(ISSUE, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response =
        request()
            .event("issues", id, form, SECRET)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .send();

    assertError(response, 415, WebhookHeaders.CONTENT_TYPE_ERROR);
    assertNeverDispatched(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/xml"})
  void refusesOtherContentTypes(String type) {
    String id = WebhookRequests.newId();

    assertError(
        issue(id).header("Content-Type", type).send(), 415, WebhookHeaders.CONTENT_TYPE_ERROR);
    assertNeverDispatched(id);
  }

  @Test
  void refusesMissingEventOrDeliveryHeaders() {
    String id = WebhookRequests.newId();

    assertError(
        issue(id).header("X-GitHub-Event", null).send(),
        400,
        "Missing X-GitHub-Event header; is this request from GitHub?");
    assertError(
        issue(id).header("X-GitHub-Event", " ").send(),
        400,
        "Missing X-GitHub-Event header; is this request from GitHub?");
    assertError(
        issue(id).header("X-GitHub-Delivery", null).send(),
        400,
        "Missing X-GitHub-Delivery header; is this request from GitHub?");
    assertNeverDispatched(id);
  }

  @Test
  void refusesBadSignatures() {
    String id = WebhookRequests.newId();
    String valid = WebhookRequests.sign(SECRET, ISSUE);
    String mismatch = "X-Hub-Signature-256 does not match the payload; check the webhook secret";
    String malformed = "X-Hub-Signature-256 is not 'sha256=' followed by 64 hex digits";

    assertError(
        issue(id).header("X-Hub-Signature-256", WebhookRequests.sign("wrong", ISSUE)).send(),
        401,
        mismatch);
    assertError(issue(id).body(Arrays.copyOf(ISSUE, ISSUE.length - 1)).send(), 401, mismatch);
    assertError(
        issue(id).header("X-Hub-Signature-256", valid.substring(0, 40)).send(), 401, malformed);
    assertError(
        issue(id).header("X-Hub-Signature-256", valid.substring(0, 70) + "zz").send(),
        401,
        malformed);
    assertError(
        issue(id).header("X-Hub-Signature-256", null).send(),
        401,
        "Missing X-Hub-Signature-256 header; set a secret on the webhook");
    assertError(
        issue(id)
            .header("X-Hub-Signature-256", null)
            .header("X-Hub-Signature", "sha1=0123456789012345678901234567890123456789")
            .send(),
        401,
        "Missing X-Hub-Signature-256 header: only sha256 is accepted, X-Hub-Signature (sha1)"
            + " is not");
    assertNeverDispatched(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{\"action\":\"opened\"", "[{\"action\":\"opened\"}]", "\"opened\""})
  void refusesPayloadsThatAreNotOneJsonObject(String payload) {
    String id = WebhookRequests.newId();
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = request().event("issues", id, body, SECRET).send();

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("{\"error\":\"The payload ");
    assertNeverDispatched(id);
  }

  @Test
  void accepts25MegabytesAndRefusesOneByteMoreWithJson() {
    int limit = 25 * 1024 * 1024;
    String id = WebhookRequests.newId();
    byte[] largest = WebhookRequests.paddedIssue(limit);

    HttpResponse<String> accepted = request().event("issues", id, largest, SECRET).send();

    assertThat(accepted.statusCode()).isEqualTo(202);
    awaitFinished(id);

    String tooLarge = WebhookRequests.newId();
    HttpResponse<String> refused =
        request().event("issues", tooLarge, WebhookRequests.paddedIssue(limit + 1), SECRET).send();
    assertError(refused, 413, "The payload is larger than 26214400 bytes");
    assertNeverDispatched(tooLarge);
  }
}
