package dev.botwright.sample;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
 * The packaged jar, started the way a Probot user would start it (only Probot's environment
 * variables), against a fake GitHub on loopback: every documented webhook example is accepted, bad
 * requests are refused with the exact status and run no handler, and the console shows no error and
 * no secret even at {@code LOG_LEVEL=debug}.
 *
 * <p>GitHub includes {@code installation} in every delivery to an App, but many documented examples
 * (taken from repository webhooks) lack it; this test adds {@code "installation": {"id": 42}} to
 * those, so handlers can get a client as they would in production.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleBotJarIT {

  private static final Path JAR = Path.of("target/sample-bot.jar");
  private static final Path EXAMPLES =
      Path.of("../framework/core/src/test/resources/webhook-examples");
  private static final long ADDED_INSTALLATION = 42;
  private static final int MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;
  private static final String COMMENTS = "/repos/[^/]+/[^/]+/issues/\\d+/comments";
  private static final String CHECK_RUNS = "/repos/[^/]+/[^/]+/check-runs";
  private static final Duration HANDLERS_TIMEOUT = Duration.ofSeconds(60);
  private static final String SIGNATURE_256 = "X-Hub-Signature-256";
  private static final String TOKENS = "/app/installations/\\d+/access_tokens";

  /** A stack frame, a cause, or an exception's name ({@code TaskExceptionHandler} is none). */
  private static final Pattern STACK_TRACE =
      Pattern.compile("^\\s+at |^Caused by: |\\w+Exception\\b");

  /** Where the bot's console is kept after the test, for a look when it fails. */
  private static final Path KEPT_OUTPUT = Path.of("target/sample-bot-it.log");

  /** The installation of every bad input's payload; no valid example uses it. */
  private static final long BAD_INPUT_INSTALLATION = 4343;

  private static final String SECRET = "jar-it-secret-" + UUID.randomUUID();
  private static final String TOKEN = "ghs_" + UUID.randomUUID().toString().replace("-", "");
  private static final JsonMapper JSON = JsonMapper.createDefault();
  private static final List<String> SIGNATURES_SENT = new CopyOnWriteArrayList<>();

  @TempDir static Path workDir;

  private static String pem;
  private static WireMockServer github;
  private static SampleBotProcess bot;
  private static HttpClient http;
  private static int greetingsExpected;
  private static int checkRunsExpected;
  private static int installationsExpected;
  private static final Set<Long> INSTALLATIONS_CALLING_GITHUB = new HashSet<>();

  @BeforeAll
  static void startFakeGitHubAndTheJar() throws Exception {
    assertThat(JAR).as("built by the package phase").exists();
    github = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    github.start();
    stubGitHub();
    pem = pkcs1Pem();
    Path key = workDir.resolve("app.pem");
    Files.writeString(key, pem, StandardCharsets.US_ASCII);
    Map<String, String> env = new LinkedHashMap<>();
    env.put("APP_ID", "12345");
    env.put("PRIVATE_KEY_PATH", key.toString());
    env.put("WEBHOOK_SECRET", SECRET);
    env.put("HOST", "127.0.0.1");
    env.put("GITHUB_API_URL", "http://127.0.0.1:" + github.port());
    env.put("BOTWRIGHT_DOTENV", "false");
    env.put("LOG_LEVEL", "debug");
    bot = SampleBotProcess.start(JAR, env, workDir);
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() throws InterruptedException, IOException {
    if (bot != null) {
      bot.close();
      Files.copy(bot.outputFile(), KEPT_OUTPUT, StandardCopyOption.REPLACE_EXISTING);
    }
    if (github != null) {
      github.stop();
    }
  }

  @Test
  @Order(1)
  void acceptsEveryDocumentedExample() throws Exception {
    List<Path> examples;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(examples).hasSizeGreaterThan(300);
    List<String> refused = new ArrayList<>();
    for (Path example : examples) {
      String file = example.getFileName().toString();
      byte[] body = withInstallation(Files.readAllBytes(example));
      String event = file.substring(0, file.indexOf('.'));
      HttpResponse<String> response = post(signedHeaders(event, body), body);
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
    Map<String, String> headers = signedHeaders("issues", body);
    byte[] sent = input.apply(headers, body);

    HttpResponse<String> response = post(headers, sent);

    assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
    assertThat(response.body()).as(what).contains("\"error\"");
  }

  /**
   * Every bad input above carried an issues.opened payload for {@link #BAD_INPUT_INSTALLATION}. One
   * valid delivery for that installation goes last: once its greeting is seen, a greeting for any
   * bad input queued before it would have been too.
   */
  @Test
  @Order(3)
  void ranHandlersOnlyForTheAcceptedDeliveries() throws Exception {
    byte[] sentinel = issueOpened();
    assertThat(post(signedHeaders("issues", sentinel), sentinel).statusCode()).isEqualTo(202);
    greetingsExpected++;

    awaitHandlers();
    await().atMost(HANDLERS_TIMEOUT).until(() -> commentsBy(BAD_INPUT_INSTALLATION), n -> n >= 1);

    // The route logs each refusal before it answers, so this count is final by now.
    assertThat(
            bot.output()
                .lines()
                .filter(l -> l.contains("Webhook delivery ") && l.contains(" rejected with ")))
        .hasSize((int) badInputs().count());

    assertThat(commentsBy(BAD_INPUT_INSTALLATION)).isEqualTo(1);
    assertThat(count(COMMENTS)).isEqualTo(greetingsExpected);
    assertThat(count(CHECK_RUNS)).isEqualTo(checkRunsExpected);
    int mints = count(TOKENS);
    assertThat(mints)
        .as("one token per installation that called GitHub")
        .isEqualTo(INSTALLATIONS_CALLING_GITHUB.size() + 1);
    assertThat(github.countRequestsMatching(postRequestedFor(anyUrl()).build()).getCount())
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
    assertThat(lines.stream().filter(l -> l.contains(" ERROR ")).toList()).isEmpty();
    assertThat(lines.stream().filter(l -> STACK_TRACE.matcher(l).find()))
        .as("exceptions and stack traces")
        .isEmpty();
    LogLeaks leaks =
        new LogLeaks()
            .value("the webhook secret", SECRET)
            .value("the minted installation token", TOKEN)
            .pem(pem);
    SIGNATURES_SENT.forEach(signature -> leaks.value("a signature sent", signature));
    assertThat(leaks.in(bot.outputFile())).isEmpty();
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        headers("signature under another secret", 401, (h, b) -> sign(h, "not-the-secret", b)),
        headers("no signature", 401, (h, b) -> h.remove(SIGNATURE_256)),
        headers("truncated signature", 401, (h, b) -> h.put(SIGNATURE_256, watched(cut(h, 60)))),
        headers(
            "non-hex signature", 401, (h, b) -> h.put(SIGNATURE_256, "sha256=" + "g".repeat(64))),
        headers(
            "sha1 signature only",
            401,
            (h, b) -> {
              h.remove(SIGNATURE_256);
              h.put("X-Hub-Signature", "sha1=" + watched(hmac("HmacSHA1", SECRET, b)));
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

  // ---- the deliveries

  /** Changes a valid delivery, signed for its body, into a bad one. */
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

  private static byte[] paddedPastTheLimit(byte[] json) {
    byte[] padded = new byte[MAX_PAYLOAD_BYTES + 1];
    Arrays.fill(padded, (byte) ' ');
    System.arraycopy(json, 0, padded, 0, json.length);
    return padded;
  }

  /** The issues.opened example, for an installation no other delivery uses. */
  private static byte[] issueOpened() throws IOException {
    byte[] example = Files.readAllBytes(EXAMPLES.resolve("issues.opened.json"));
    assertThat(JSON.readValue(example, JsonNode.class).get("installation")).isNull();
    return withInstallation(example, BAD_INPUT_INSTALLATION);
  }

  private static byte[] withInstallation(byte[] payload) throws IOException {
    return withInstallation(payload, ADDED_INSTALLATION);
  }

  /** Adds {@code "installation": {"id": N}} when the payload has none. */
  private static byte[] withInstallation(byte[] payload, long installation) throws IOException {
    JsonNode json = JSON.readValue(payload, JsonNode.class);
    if (!json.isObject() || json.get("installation") != null || json.size() == 0) {
      return payload;
    }
    String text = new String(payload, UTF_8);
    int brace = text.indexOf('{');
    return (text.substring(0, brace + 1)
            + "\"installation\":{\"id\":"
            + installation
            + "},"
            + text.substring(brace + 1))
        .getBytes(UTF_8);
  }

  private static Map<String, String> signedHeaders(String event, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-GitHub-Event", event);
    headers.put("X-GitHub-Delivery", UUID.randomUUID().toString());
    sign(headers, SECRET, body);
    return headers;
  }

  private static void sign(Map<String, String> headers, String secret, byte[] body) {
    headers.put(SIGNATURE_256, "sha256=" + watched(hmac("HmacSHA256", secret, body)));
  }

  private static String cut(Map<String, String> headers, int length) {
    return headers.get(SIGNATURE_256).substring(0, length);
  }

  private static String watched(String signature) {
    SIGNATURES_SENT.add(signature);
    return signature;
  }

  private static String hmac(String algorithm, String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(UTF_8), algorithm));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  private static byte[] concat(byte[]... parts) {
    var out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static HttpResponse<String> post(Map<String, String> headers, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + bot.port() + "/api/github/webhooks"))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  // ---- what the handlers should have done

  private static void expectHandlers(String event, JsonNode payload) {
    JsonNode action = payload.get("action");
    String key = event + "." + (action == null ? "" : action.getStringValue());
    switch (key) {
      case "issues.opened" -> {
        if (!"Bot".equals(payload.get("sender").get("type").getStringValue())) {
          greetingsExpected++;
          INSTALLATIONS_CALLING_GITHUB.add(installationOf(payload));
        }
      }
      case "pull_request.opened", "pull_request.synchronize" -> {
        checkRunsExpected++;
        INSTALLATIONS_CALLING_GITHUB.add(installationOf(payload));
      }
      case "installation.created" -> installationsExpected++;
      default -> {}
    }
  }

  private static long installationOf(JsonNode payload) {
    return payload.get("installation").get("id").getLongValue();
  }

  private static void awaitHandlers() {
    await()
        .atMost(HANDLERS_TIMEOUT)
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              assertThat(count(COMMENTS)).isGreaterThanOrEqualTo(greetingsExpected);
              assertThat(count(CHECK_RUNS)).isGreaterThanOrEqualTo(checkRunsExpected);
              assertThat(bot.output().lines().filter(l -> l.contains("Installed on ")))
                  .hasSizeGreaterThanOrEqualTo(installationsExpected);
            });
  }

  private static int commentsBy(long installation) {
    return github
        .countRequestsMatching(
            postRequestedFor(urlPathMatching(COMMENTS))
                .withHeader("Authorization", equalTo("token " + TOKEN + "_" + installation))
                .build())
        .getCount();
  }

  private static int count(String pathRegex) {
    return github
        .countRequestsMatching(postRequestedFor(urlPathMatching(pathRegex)).build())
        .getCount();
  }

  // ---- the fake GitHub and the key

  /**
   * Mints {@code TOKEN + "_" + installation}, echoes writes, answers anything else 404, like the
   * kit's FakeGitHub.
   */
  private static void stubGitHub() {
    String expires = Instant.now().plus(Duration.ofHours(1)).toString();
    github.stubFor(
        request("POST", urlPathMatching("/app/installations/(\\d+)/access_tokens"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"token\":\""
                            + TOKEN
                            + "_{{request.pathSegments.[2]}}\",\"expires_at\":\""
                            + expires
                            + "\",\"permissions\":{},\"repository_selection\":\"all\"}")
                    .withTransformers("response-template")));
    for (String method : List.of("POST", "PATCH", "PUT")) {
      github.stubFor(
          request(method, anyUrl())
              .atPriority(5)
              .willReturn(
                  aResponse()
                      .withStatus(method.equals("POST") ? 201 : 200)
                      .withHeader("Content-Type", "application/json")
                      .withBody("{{#if request.body}}{{{request.body}}}{{else}}{}{{/if}}")
                      .withTransformers("response-template")));
    }
    github.stubFor(
        any(anyUrl())
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Not Found\"}")));
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
