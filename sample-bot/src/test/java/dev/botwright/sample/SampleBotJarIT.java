package dev.botwright.sample;

import static dev.botwright.sample.Deliveries.SIGNATURE_256;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.Fixture;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
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
 * variables), against a fake GitHub on loopback: every documented webhook example is accepted, bad
 * requests are refused with the exact status and run no handler, and the console shows no error and
 * no secret even at {@code LOG_LEVEL=debug}. The tests run in order and share the one bot.
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
  private static final String COMMENTS = "/repos/[^/]+/[^/]+/issues/\\d+/comments";
  private static final String CHECK_RUNS = "/repos/[^/]+/[^/]+/check-runs";
  private static final String TOKENS = "/app/installations/\\d+/access_tokens";
  private static final Duration HANDLERS_TIMEOUT = Duration.ofSeconds(60);

  /** A stack frame, a cause, or an exception's name ({@code TaskExceptionHandler} is none). */
  private static final Pattern STACK_TRACE =
      Pattern.compile("^\\s+at |^Caused by: |\\w+Exception\\b");

  private static final String SECRET = "jar-it-secret-" + UUID.randomUUID();
  private static final JsonMapper JSON = JsonMapper.createDefault();

  @TempDir static Path workDir;

  private static String pem;
  private static LoopbackGitHub github;
  private static SampleBotProcess bot;
  private static Deliveries deliveries;

  private static int greetingsExpected;
  private static int checkRunsExpected;
  private static int installationsExpected;
  private static final Set<Long> installationsCallingGitHub = new HashSet<>();

  @BeforeAll
  static void startFakeGitHubAndTheJar() throws Exception {
    assertThat(JAR).as("built by the package phase").exists();
    github = LoopbackGitHub.start();
    pem = pkcs1Pem();
    Path key = workDir.resolve("app.pem");
    Files.writeString(key, pem, UTF_8);
    bot =
        SampleBotProcess.start(
            JAR,
            Map.of(
                "APP_ID", "12345",
                "PRIVATE_KEY_PATH", key.toString(),
                "WEBHOOK_SECRET", SECRET,
                "HOST", "127.0.0.1",
                "GITHUB_API_URL", github.baseUrl(),
                "BOTWRIGHT_DOTENV", "false",
                "LOG_LEVEL", "debug"),
            workDir);
    deliveries = new Deliveries(SECRET, bot.port());
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
  void acceptsEveryDocumentedExample() throws Exception {
    // the GitHub examples the testing kit ships, read from its jar
    List<String> examples = Fixture.examples();
    assertThat(examples).hasSizeGreaterThan(300);
    List<String> refused = new ArrayList<>();
    for (String example : examples) {
      String file = example + ".json";
      String event = file.substring(0, file.indexOf('.'));
      byte[] body = withInstallation(Fixture.example(example).bytes(), ADDED_INSTALLATION);
      HttpResponse<String> response = deliveries.post(deliveries.headers(event, body), body);
      if (response.statusCode() / 100 != 2) {
        refused.add(file + " -> " + response.statusCode() + " " + response.body());
      }
      expectHandlers(event, JSON.readValue(body, JsonNode.class));
    }
    assertThat(refused).isEmpty();
    assertThat(greetingsExpected).as("issues.opened examples from people").isPositive();
    assertThat(checkRunsExpected).as("pull_request.opened/synchronize examples").isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  @Order(2)
  void refusesBadInputWithTheExactStatus(String what, int status, BadInput input) throws Exception {
    byte[] body = issueOpened();
    Map<String, String> headers = deliveries.headers("issues", body);
    byte[] sent = input.apply(headers, body);

    HttpResponse<String> response = deliveries.post(headers, sent);

    assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
    assertThat(response.body()).as(what).contains("\"error\"");
  }

  /**
   * Every bad input carried an issues.opened payload for {@link #BAD_INPUT_INSTALLATION}. One valid
   * delivery for that installation goes last: once its greeting is seen, a greeting for a bad input
   * queued before it would have been too.
   */
  @Test
  @Order(3)
  void ranHandlersOnlyForTheAcceptedDeliveries() throws Exception {
    byte[] sentinel = issueOpened();
    assertThat(deliveries.post(deliveries.headers("issues", sentinel), sentinel).statusCode())
        .isEqualTo(202);
    greetingsExpected++;

    awaitHandlers();
    await()
        .atMost(HANDLERS_TIMEOUT)
        .until(() -> github.posts(COMMENTS, BAD_INPUT_INSTALLATION), n -> n >= 1);

    // The route logs each refusal before it answers, so this count is final by now.
    assertThat(
            bot.output()
                .lines()
                .filter(l -> l.contains("Webhook delivery ") && l.contains(" rejected with ")))
        .hasSize((int) badInputs().count());
    assertThat(github.posts(COMMENTS, BAD_INPUT_INSTALLATION)).isEqualTo(1);
    assertThat(github.posts(COMMENTS)).isEqualTo(greetingsExpected);
    assertThat(github.posts(CHECK_RUNS)).isEqualTo(checkRunsExpected);
    int mints = github.posts(TOKENS);
    assertThat(mints)
        .as("one token per installation that called GitHub")
        .isEqualTo(installationsCallingGitHub.size() + 1);
    assertThat(github.allPosts())
        .as("nothing written but greetings, check runs and token mints")
        .isEqualTo(greetingsExpected + checkRunsExpected + mints);
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
            .value("the webhook secret", SECRET)
            .value("a minted installation token", github.token)
            .pem(pem);
    deliveries.signaturesSent().forEach(s -> leaks.value("a signature sent", s));
    assertThat(leaks.in(bot.outputFile())).isEmpty();
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        headers("signature under another secret", 401, (h, b) -> sign(h, "not-the-secret", b)),
        headers("no signature", 401, (h, b) -> h.remove(SIGNATURE_256)),
        headers(
            "truncated signature",
            401,
            (h, b) ->
                h.put(SIGNATURE_256, deliveries.watched(h.get(SIGNATURE_256).substring(0, 60)))),
        headers(
            "non-hex signature", 401, (h, b) -> h.put(SIGNATURE_256, "sha256=" + "g".repeat(64))),
        headers(
            "sha1 signature only",
            401,
            (h, b) -> {
              h.remove(SIGNATURE_256);
              h.put("X-Hub-Signature", "sha1=" + deliveries.hmac("HmacSHA1", b));
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
          sign(h, SECRET, changed);
          return changed;
        };
    return Arguments.of(what, status, input);
  }

  private static void sign(Map<String, String> headers, String key, byte[] body) {
    deliveries.sign(headers, key, body);
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
  private static byte[] issueOpened() throws IOException {
    byte[] example = Fixture.example("issues.opened").bytes();
    assertThat(JSON.readValue(example, JsonNode.class).get("installation")).isNull();
    return withInstallation(example, BAD_INPUT_INSTALLATION);
  }

  /** Adds {@code "installation": {"id": N}} when the payload has none, as GitHub does for Apps. */
  private static byte[] withInstallation(byte[] payload, long installation) throws IOException {
    JsonNode json = JSON.readValue(payload, JsonNode.class);
    if (!json.isObject() || json.size() == 0 || json.get("installation") != null) {
      return payload;
    }
    String text = new String(payload, UTF_8);
    int brace = text.indexOf('{') + 1;
    String added = "\"installation\":{\"id\":" + installation + "},";
    return (text.substring(0, brace) + added + text.substring(brace)).getBytes(UTF_8);
  }

  /** Counts what the sample bot's handlers will do for this example. */
  private static void expectHandlers(String event, JsonNode payload) {
    JsonNode action = payload.get("action");
    String key = event + "." + (action == null ? "" : action.getStringValue());
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
              assertThat(github.posts(COMMENTS)).isGreaterThanOrEqualTo(greetingsExpected);
              assertThat(github.posts(CHECK_RUNS)).isGreaterThanOrEqualTo(checkRunsExpected);
              assertThat(bot.output().lines().filter(l -> l.contains("Installed on ")))
                  .hasSizeGreaterThanOrEqualTo(installationsExpected);
            });
  }

  /** A fresh RSA key written the way GitHub hands keys out: PKCS#1 PEM. */
  private static String pkcs1Pem() throws GeneralSecurityException, IOException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(generator.generateKeyPair().getPrivate());
    }
    assertThat(text.toString()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    return text.toString();
  }
}
