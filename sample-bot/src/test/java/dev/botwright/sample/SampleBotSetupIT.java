package dev.botwright.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.test.DeliveryResult;
import dev.botwright.test.FakeGitHub;
import dev.botwright.test.Fixture;
import dev.botwright.test.WebhookSender;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged jar started with no credentials at all: it serves the setup page with the sample's
 * {@code app.yml}, takes GitHub's (fake) redirect, writes {@code .env} in its working directory,
 * and greets the next opened issue signed with the new secret, all without a restart; then a user
 * signs in with OAuth. The bot runs at {@code LOG_LEVEL=trace}, once with plain lines and once with
 * {@code LOG_FORMAT=json}: its whole console is searched for every secret the run handled, and in
 * JSON every line must parse, the handler's lines carrying the delivery's fields.
 */
class SampleBotSetupIT {

  private static final Path JAR = Path.of("target/sample-bot.jar");
  private static final String COMMENTS =
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
  private static final JsonMapper JSON = JsonMapper.createDefault();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final String SECRET = "sample-setup-webhook-secret";

  @TempDir Path workDir;

  /** The secrets this run handles, searched for in the bot's console. */
  private final TraceRun trace = new TraceRun();

  @ParameterizedTest(name = "LOG_FORMAT={0}")
  @ValueSource(strings = {"text", "json"})
  void registersTheAppFromItsManifestAndGreetsTheNextIssueWithoutARestart(String format)
      throws Exception {
    assertThat(JAR).as("built by the package phase").exists();
    try (FakeGitHub github = FakeGitHub.start()) {
      github.stub("POST /app-manifests/{code}/conversions", 201, conversion(github.baseUrl()));
      trace.stubSignIn(github);
      try (SampleBotProcess bot =
          SampleBotProcess.start(
              JAR,
              Map.of(
                  "HOST",
                  "127.0.0.1",
                  "GITHUB_API_URL",
                  github.baseUrl(),
                  "BOTWRIGHT_GITHUB_WEB_URL",
                  github.baseUrl(),
                  "LOG_LEVEL",
                  "trace",
                  "LOG_FORMAT",
                  format,
                  "BOTWRIGHT_OAUTH_ENABLED",
                  "true",
                  "BOTWRIGHT_OAUTH_SECURE",
                  "false",
                  "BOTWRIGHT_SESSION_KEYS",
                  TraceRun.SESSION_KEY),
              workDir)) {
        try {
          String deliveryId = run(bot, github);
          trace.signIn("http://127.0.0.1:" + bot.port());
          bot.close();
          trace.assertNoSecretIn(bot.outputFile());
          if (format.equals("json")) {
            TraceRun.assertJsonLines(bot.outputFile(), deliveryId);
          }
        } finally {
          Files.copy(
              bot.outputFile(),
              Path.of("target/sample-bot-setup-it-" + format + ".log"),
              StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Sets the app up, greets an issue; returns the delivery's id. */
  private String run(SampleBotProcess bot, FakeGitHub github) throws Exception {
    String base = "http://127.0.0.1:" + bot.port();
    await()
        .atMost(Duration.ofSeconds(30))
        // JSON lines write "/" as "\/".
        .until(
            () ->
                bot.output()
                    .replace("\\/", "/")
                    .contains("open http://localhost:" + bot.port() + "/setup"));
    WebhookSender webhooks = WebhookSender.forUrl(bot.webhookUrl(), SECRET);
    Fixture issue = Fixture.of("issues.opened");
    assertThat(webhooks.send(issue).status()).isEqualTo(503);

    HttpResponse<String> page = get(URI.create(base + "/"), null);
    assertThat(page.statusCode()).isEqualTo(303);
    page = get(URI.create(base + "/setup"), null);
    assertThat(page.statusCode()).isEqualTo(200);
    String manifest = unescape(match(page.body(), "name=\"manifest\" value=\"([^\"]*)\""));
    JsonNode fields = JSON.readValue(manifest, JsonNode.class);
    assertThat(fields.get("name").getStringValue()).isEqualTo("botwright-sample-bot");
    assertThat(JSON.writeValueAsString(fields.get("default_permissions")))
        .isEqualTo(
            "{\"issues\":\"write\",\"pull_requests\":\"read\",\"checks\":\"write\","
                + "\"contents\":\"read\"}");
    assertThat(JSON.writeValueAsString(fields.get("default_events")))
        .isEqualTo("[\"issues\",\"issue_comment\",\"pull_request\",\"push\"]");
    assertThat(fields.get("hook_attributes").get("url").getStringValue())
        .isEqualTo("http://localhost:" + bot.port() + "/api/github/webhooks");
    String action = unescape(match(page.body(), "action=\"([^\"]*)\""));
    assertThat(action).startsWith(github.baseUrl() + "/settings/apps/new?state=");
    String state = action.substring(action.indexOf("state=") + "state=".length());
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("botwright_setup_state="))
            .findFirst()
            .orElseThrow()
            .split(";", 2)[0];

    // What GitHub does once the user confirms: back to redirect_url with a code and the state.
    HttpResponse<String> done =
        get(
            URI.create(
                fields.get("redirect_url").getStringValue().replace("localhost", "127.0.0.1")
                    + "?code=sample-code&state="
                    + URLEncoder.encode(state, UTF_8)),
            cookie);

    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(done.body()).contains("/apps/botwright-sample-bot/installations/new");
    Path env = workDir.resolve(".env");
    assertThat(Files.readString(env)).contains("APP_ID=98765").contains("WEBHOOK_SECRET=" + SECRET);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(env)))
        .isEqualTo("rw-------");
    assertThat(bot.output()).doesNotContain(SECRET).doesNotContain("PRIVATE KEY");

    trace.signatures.add(webhooks.sign(issue.bytes()));
    DeliveryResult greeted = webhooks.send(issue);
    assertThat(greeted.status()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> github.assertCalled(COMMENTS).times(1));
    assertThat(get(URI.create(base + "/setup"), null).statusCode()).isEqualTo(404);
    trace.cookies.add(cookie.substring(cookie.indexOf('=') + 1));
    trace.states.add(state);
    return greeted.deliveryId();
  }

  private String conversion(String baseUrl) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    StringWriter pem = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
      writer.writeObject(generator.generateKeyPair().getPrivate());
    }
    Map<String, Object> app = new LinkedHashMap<>();
    app.put("id", 98765);
    app.put("slug", "botwright-sample-bot");
    app.put("html_url", baseUrl + "/apps/botwright-sample-bot");
    app.put("client_id", "Iv23liSample");
    app.put("client_secret", "sample-client-secret");
    app.put("webhook_secret", SECRET);
    app.put("pem", pem.toString());
    trace.pems.add(pem.toString());
    return JSON.writeValueAsString(app);
  }

  private static HttpResponse<String> get(URI uri, @Nullable String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private static String match(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("%s in %s", regex, text).isTrue();
    return m.group(1);
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
