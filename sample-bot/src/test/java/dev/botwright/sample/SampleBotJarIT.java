package dev.botwright.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.DeliveryResult;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.TestIdentity;
import dev.botwright.test.WebhookSender;
import dev.botwright.test.WebhookSigner;
import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged jar, started the way a Probot user starts a bot (only Probot's environment
 * variables), against the testing kit's {@link FakeGitHub} on loopback: every documented webhook
 * example is accepted, bad requests are refused with the exact status and run no handler, and the
 * console shows no error and no secret even at {@code LOG_LEVEL=debug}. The tests run in order and
 * share the one bot. Only the kit fakes GitHub, makes the identity and signs the deliveries.
 *
 * <p>GitHub includes {@code installation} in every delivery to an App, but many documented examples
 * (taken from repository webhooks) lack it; this test adds {@code "installation": {"id": 42}} to
 * those, so handlers get a client as they would in production.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleBotJarIT {

  private static final Path JAR = Path.of("target/sample-bot.jar");
  private static final Path KEPT_OUTPUT = Path.of("target/sample-bot-it.log");
  private static final long ADDED_INSTALLATION = 42;

  /** The installation of every bad input's payload; no example uses it. */
  private static final long BAD_INPUT_INSTALLATION = 4343;

  private static final int MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;
  private static final String COMMENTS =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
  private static final String CHECK_RUNS = "POST /repos/{owner}/{repo}/check-runs";
  private static final String LABELS = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";
  private static final Duration HANDLERS_TIMEOUT = Duration.ofSeconds(60);

  /** A stack frame, a cause, or an exception's name ({@code TaskExceptionHandler} is none). */
  private static final Pattern STACK_TRACE =
      Pattern.compile("^\\s+at |^Caused by: |\\w+Exception\\b");

  @TempDir static Path workDir;

  private static TestIdentity identity;
  private static FakeGitHub github;
  private static SampleBotProcess bot;
  private static WebhookSender webhooks;

  /** The hex of every signature sent, good or bad: the bot must never print one. */
  private static final List<String> signaturesSent = new CopyOnWriteArrayList<>();

  private static int greetingsExpected;
  private static int checkRunsExpected;
  private static int installationsExpected;
  private static final Set<Long> installationsCallingGitHub = new HashSet<>();

  @BeforeAll
  static void startFakeGitHubAndTheJar() throws Exception {
    assertThat(JAR).as("built by the package phase").exists();
    identity = TestIdentity.generate();
    assertThat(identity.privateKeyPem()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    github = FakeGitHub.start();
    // Greetings in Codertocat's repositories are worded by their owner's .github repository.
    github.stubOrgConfig(
        "Codertocat",
        "botwright.yml",
        "greeting: \"Hi {author}, as configured in Codertocat/.github\"\n");
    Path key = identity.writePrivateKey(workDir.resolve("app.pem"));
    bot =
        SampleBotProcess.start(
            JAR,
            Map.of(
                "APP_ID", identity.appId(),
                "PRIVATE_KEY_PATH", key.toString(),
                "WEBHOOK_SECRET", identity.webhookSecret(),
                "HOST", "127.0.0.1",
                "GITHUB_API_URL", github.baseUrl(),
                "BOTWRIGHT_DOTENV", "false",
                "LOG_LEVEL", "debug"),
            workDir);
    webhooks = WebhookSender.forUrl(bot.webhookUrl(), identity.webhookSecret());
  }

  @AfterAll
  static void stop() throws InterruptedException, IOException {
    if (bot != null) {
      bot.close();
      Files.copy(bot.outputFile(), KEPT_OUTPUT, StandardCopyOption.REPLACE_EXISTING);
    }
    if (github != null) {
      github.close();
    }
  }

  @Test
  @Order(1)
  void acceptsEveryDocumentedExample() {
    // the GitHub examples the testing kit ships, read from its jar
    List<String> examples = Fixture.examples();
    assertThat(examples).hasSizeGreaterThan(300);
    List<String> refused = new ArrayList<>();
    for (String example : examples) {
      Fixture fixture = withInstallation(Fixture.example(example), ADDED_INSTALLATION);
      DeliveryResult result = send(fixture);
      if (result.status() / 100 != 2) {
        refused.add(example + ".json -> " + result.status() + " " + result.body());
      }
      expectHandlers(fixture);
    }
    assertThat(refused).isEmpty();
    assertThat(greetingsExpected).as("issues.opened examples from people").isPositive();
    assertThat(checkRunsExpected).as("pull_request.opened/synchronize examples").isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  @Order(2)
  void refusesBadInputWithTheExactStatus(String what, int status, BadInput input) {
    byte[] body = issueOpened().bytes();
    Map<String, String> headers = headers("issues", body);
    byte[] sent = input.apply(headers, body);

    DeliveryResult result = webhooks.post(headers, sent);

    assertThat(result.status()).as(what + ": " + result.body()).isEqualTo(status);
    assertThat(result.body()).as(what).contains("\"error\"");
  }

  /**
   * Every bad input carried an issues.opened payload for {@link #BAD_INPUT_INSTALLATION}. One valid
   * delivery for that installation goes last: once its greeting is seen, a greeting for a bad input
   * queued before it would have been too.
   */
  @Test
  @Order(3)
  void ranHandlersOnlyForTheAcceptedDeliveries() throws Exception {
    send(issueOpened()).assertStatus(202);
    greetingsExpected++;

    awaitHandlers();
    await()
        .atMost(HANDLERS_TIMEOUT)
        .untilAsserted(() -> github.assertCalled(COMMENTS).asInstallation(BAD_INPUT_INSTALLATION));

    // The route logs each refusal before it answers, so this count is final by now.
    assertThat(
            bot.output()
                .lines()
                .filter(l -> l.contains("Webhook delivery ") && l.contains(" rejected with ")))
        .hasSize((int) badInputs().count());
    github.assertCalled(COMMENTS).asInstallation(BAD_INPUT_INSTALLATION).times(1);
    github.assertCalled(COMMENTS).times(greetingsExpected);
    github.assertCalled(CHECK_RUNS).times(checkRunsExpected);
    github
        .assertCalled(COMMENTS)
        .withBodyContaining("Hi @Codertocat, as configured in Codertocat/.github");
    github.assertCalled("GET /repos/{owner}/{repo}/contents/.github/botwright.yml");
    for (long installation : installationsCallingGitHub) {
      assertThat(github.tokenMints(installation))
          .as("tokens minted for installation %d", installation)
          .isEqualTo(1);
    }
    assertThat(github.tokenMints(BAD_INPUT_INSTALLATION)).isEqualTo(1);
    int mints = github.tokenMints();
    assertThat(mints)
        .as("one token per installation that called GitHub")
        .isEqualTo(installationsCallingGitHub.size() + 1);
    assertThat(github.calls().stream().filter(c -> c.method().equals("POST")))
        .as("nothing written but greetings, check runs and token mints")
        .hasSize(greetingsExpected + checkRunsExpected + mints);
    assertThat(github.apiCalls())
        .as("every call made with the token of the delivery's installation")
        .allMatch(c -> c.installationId().isPresent());
    github.assertNoMoreCalls();
    github.assertNoUnexpectedCalls();
    assertThat(github.unknownRouteCalls()).isEmpty();
  }

  @Test
  @Order(4)
  void loggedNoErrorAndNoSecretAtDebug() throws Exception {
    awaitHandlers();
    List<String> lines = bot.output().lines().toList();
    assertThat(lines.stream().filter(l -> l.contains(" DEBUG ")))
        .as("DEBUG lines; without them this check proves little")
        .hasSizeGreaterThan(100);
    assertThat(lines.stream().filter(l -> l.contains(" ERROR "))).isEmpty();
    assertThat(lines.stream().filter(l -> STACK_TRACE.matcher(l).find()))
        .as("exceptions and stack traces")
        .isEmpty();
    LogLeaks leaks =
        new LogLeaks()
            .value("the webhook secret", identity.webhookSecret())
            .value("a minted installation token", FakeGitHub.TOKEN_PREFIX)
            .pem(identity.privateKeyPem());
    assertThat(signaturesSent).hasSizeGreaterThan(300);
    signaturesSent.forEach(s -> leaks.value("a signature sent", s));
    assertThat(leaks.in(bot.outputFile())).isEmpty();
  }

  /** The packaged bot's /label: a writer's comment labels the issue, a reader's is refused. */
  @Test
  @Order(5)
  void labelsForWritersAndRefusesReaders() {
    github.stubPermission("alice", "write").stubPermission("bob", "read");

    send(Fixture.comment("alice", "/label bug \"help wanted\"")).assertStatus(202);
    send(Fixture.comment("bob", "/label wontfix")).assertStatus(202);

    await()
        .atMost(HANDLERS_TIMEOUT)
        .untilAsserted(
            () -> {
              github
                  .assertCalled(LABELS)
                  .times(1)
                  .withJsonBody("{\"labels\":[\"bug\",\"help wanted\"]}");
              github.assertCalled(COMMENTS).withBodyContaining("Sorry @bob, `/label` needs write");
              assertThat(github.reactions()).containsExactlyInAnyOrder("eyes", "+1", "eyes", "-1");
            });
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        headers(
            "signature under another secret",
            401,
            (h, b) -> h.put(WebhookSigner.HEADER, sent(WebhookSigner.sha256(b, "not-the-secret")))),
        headers("no signature", 401, (h, b) -> h.remove(WebhookSigner.HEADER)),
        headers(
            "truncated signature",
            401,
            (h, b) ->
                h.computeIfPresent(
                    WebhookSigner.HEADER, (name, signature) -> sent(signature.substring(0, 60)))),
        headers(
            "non-hex signature",
            401,
            (h, b) -> h.put(WebhookSigner.HEADER, "sha256=" + "g".repeat(64))),
        headers(
            "sha1 signature only",
            401,
            (h, b) -> {
              h.remove(WebhookSigner.HEADER);
              h.put(
                  WebhookSigner.SHA1_HEADER, sent(WebhookSigner.sha1(b, identity.webhookSecret())));
            }),
        headers("no X-GitHub-Event", 400, (h, b) -> h.remove("X-GitHub-Event")),
        headers("no X-GitHub-Delivery", 400, (h, b) -> h.remove("X-GitHub-Delivery")),
        headers(
            "form-encoded body",
            415,
            (h, b) -> h.put("Content-Type", "application/x-www-form-urlencoded")),
        body("empty body", 400, b -> new byte[0]),
        body("malformed JSON", 400, b -> Arrays.copyOf(b, b.length / 2)),
        body("JSON array", 400, b -> concat("[".getBytes(UTF_8), b, "]".getBytes(UTF_8))),
        body("payload over 25 MB", 413, SampleBotJarIT::paddedPastTheLimit));
  }

  /** Turns a valid delivery, signed for its body, into a bad one. */
  @FunctionalInterface
  interface BadInput {
    /** Edits {@code headers} in place and returns the body to send. */
    byte[] apply(Map<String, String> headers, byte[] body);
  }

  private static Arguments headers(
      String what, int status, BiConsumer<Map<String, String>, byte[]> edit) {
    BadInput input =
        (h, b) -> {
          edit.accept(h, b);
          return b;
        };
    return Arguments.of(what, status, input);
  }

  /** Replaces the body and signs the new one correctly, so only the body is wrong. */
  private static Arguments body(String what, int status, UnaryOperator<byte[]> change) {
    BadInput input =
        (h, b) -> {
          byte[] changed = change.apply(b);
          h.put(WebhookSigner.HEADER, sent(webhooks.sign(changed)));
          return changed;
        };
    return Arguments.of(what, status, input);
  }

  /** The headers GitHub sends with {@code body}: JSON, event, a fresh delivery id, signature. */
  private static Map<String, String> headers(String event, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-GitHub-Event", event);
    headers.put("X-GitHub-Delivery", UUID.randomUUID().toString());
    headers.put(WebhookSigner.HEADER, sent(webhooks.sign(body)));
    return headers;
  }

  /** Sends {@code fixture} as its own event, remembering the signature the kit put on it. */
  private static DeliveryResult send(Fixture fixture) {
    sent(webhooks.sign(fixture.bytes()));
    return webhooks.send(fixture);
  }

  /** Remembers the hex of {@code signature} as a value the bot must never print. */
  private static String sent(String signature) {
    signaturesSent.add(signature.substring(signature.indexOf('=') + 1));
    return signature;
  }

  private static byte[] paddedPastTheLimit(byte[] json) {
    byte[] padded = new byte[MAX_PAYLOAD_BYTES + 1];
    Arrays.fill(padded, (byte) ' ');
    System.arraycopy(json, 0, padded, 0, json.length);
    return padded;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** The issues.opened example, for the installation only bad inputs and the sentinel use. */
  private static Fixture issueOpened() {
    Fixture example = Fixture.example("issues.opened");
    assertThat(example.json().get("installation")).isNull();
    return withInstallation(example, BAD_INPUT_INSTALLATION);
  }

  /**
   * Adds {@code "installation": {"id": N}} when the payload has none, as GitHub does for Apps; a
   * payload that is not a non-empty object is sent exactly as it is.
   */
  private static Fixture withInstallation(Fixture fixture, long installation) {
    JsonNode json = fixture.json();
    if (json.isObject() && json.get("installation") != null) {
      return fixture;
    }
    return json.isObject() && json.size() > 0
        ? fixture.installation(installation)
        : fixture.withoutInstallation();
  }

  /** Counts what the sample bot's handlers will do for this example. */
  private static void expectHandlers(Fixture fixture) {
    JsonNode payload = fixture.json();
    String event = fixture.event().orElseThrow();
    String name = event.contains(".") ? event.substring(0, event.indexOf('.')) : event;
    JsonNode action = payload.get("action");
    String key = name + "." + (action == null ? "" : action.getStringValue());
    switch (key) {
      case "issues.opened" -> {
        if (!"Bot".equals(payload.get("sender").get("type").getStringValue())) {
          greetingsExpected++;
          installationsCallingGitHub.add(installationOf(payload));
        }
      }
      case "pull_request.opened", "pull_request.synchronize" -> {
        checkRunsExpected++;
        installationsCallingGitHub.add(installationOf(payload));
      }
      case "installation.created" -> installationsExpected++;
      default -> {}
    }
  }

  private static long installationOf(JsonNode payload) {
    return payload.get("installation").get("id").getLongValue();
  }

  /** Waits until every handler expected so far has done its work (each makes one call or log). */
  private static void awaitHandlers() {
    await()
        .atMost(HANDLERS_TIMEOUT)
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              assertThat(github.assertCalled(COMMENTS).calls())
                  .hasSizeGreaterThanOrEqualTo(greetingsExpected);
              assertThat(github.assertCalled(CHECK_RUNS).calls())
                  .hasSizeGreaterThanOrEqualTo(checkRunsExpected);
              assertThat(bot.output().lines().filter(l -> l.contains("Installed on ")))
                  .hasSizeGreaterThanOrEqualTo(installationsExpected);
            });
  }
}
