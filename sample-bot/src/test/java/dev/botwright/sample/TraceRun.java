package dev.botwright.sample;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.test.FakeGitHub;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The secrets one run of the sample bot handles (setup, sign-in, a delivery), and the checks of its
 * console: none of them in any line, and with {@code LOG_FORMAT=json} every line one JSON object.
 */
final class TraceRun {

  static final String SESSION_KEY = "c2FtcGxlVHJhY2VTZXNzaW9uS2V5MzJCeXRlc0xvbmc=";
  static final String OAUTH_CODE = "sample-trace-oauth-code-4f1e";
  static final String USER_TOKEN = "ghu_sampleTraceUserToken0123456789";
  static final String REFRESH_TOKEN = "ghr_sampleTraceRefreshToken012345";
  static final String CLIENT_SECRET = "sample-client-secret";
  static final String MANIFEST_CODE = "sample-code";

  private static final JsonMapper JSON = JsonMapper.createDefault();

  final List<String> signatures = new ArrayList<>();
  final List<String> cookies = new ArrayList<>();
  final List<String> states = new ArrayList<>();
  final List<String> pems = new ArrayList<>();

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** GitHub's side of sign-in: the code's token exchange and the user it belongs to. */
  void stubSignIn(FakeGitHub github) {
    github
        .wireMock()
        .stubFor(
            post(urlPathEqualTo("/login/oauth/access_token"))
                .withRequestBody(containing("code=" + OAUTH_CODE))
                .willReturn(
                    okJson(
                        "{\"access_token\":\""
                            + USER_TOKEN
                            + "\",\"expires_in\":28800,\"refresh_token\":\""
                            + REFRESH_TOKEN
                            + "\",\"refresh_token_expires_in\":15811200,\"scope\":\"\","
                            + "\"token_type\":\"bearer\"}")));
    github
        .wireMock()
        .stubFor(
            get(urlPathEqualTo("/user")).willReturn(okJson("{\"login\":\"octocat\",\"id\":1}")));
    github
        .wireMock()
        .stubFor(
            get(urlPathEqualTo("/user/emails"))
                .willReturn(
                    okJson(
                        "[{\"email\":\"octocat@github.com\",\"primary\":true,\"verified\":true}]")));
  }

  /** Signs a user in: the login redirect's state, GitHub's redirect back with a code. */
  void signIn(String base) throws Exception {
    HttpResponse<String> login = send(URI.create(base + "/api/github/oauth/login"));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
    URI authorize = URI.create(login.headers().firstValue("Location").orElseThrow());
    String state = query(authorize, "state");
    states.add(state);
    HttpResponse<String> callback =
        send(
            URI.create(base + "/api/github/oauth/callback?code=" + OAUTH_CODE + "&state=" + state));
    assertThat(callback.statusCode()).as(callback.body()).isEqualTo(303);
  }

  /** No line of {@code console} holds any secret of the run, nor anything shaped like one. */
  void assertNoSecretIn(Path console) throws IOException {
    assertThat(Files.readAllLines(console, UTF_8).stream().filter(l -> l.contains("TRACE")))
        .as("TRACE lines; without many this run proves nothing")
        .hasSizeGreaterThan(1000);
    LogLeaks leaks =
        new LogLeaks()
            .value("the webhook secret", "sample-setup-webhook-secret")
            .value("the client secret", CLIENT_SECRET)
            .value("the manifest code", MANIFEST_CODE)
            .value("the OAuth code", OAUTH_CODE)
            .value("the user token", USER_TOKEN)
            .value("the refresh token", REFRESH_TOKEN)
            .value("the session key", SESSION_KEY)
            .value("a minted installation token", FakeGitHub.TOKEN_PREFIX);
    assertThat(pems).hasSize(1);
    pems.forEach(leaks::pem);
    assertThat(signatures).isNotEmpty();
    signatures.forEach(s -> leaks.value("a signature sent", s.substring(s.indexOf('=') + 1)));
    assertThat(cookies).hasSizeGreaterThanOrEqualTo(2);
    cookies.forEach(c -> leaks.value("a cookie's value", c));
    assertThat(states).hasSize(2);
    states.forEach(s -> leaks.value("a state", s));
    assertThat(leaks.in(console)).isEmpty();
  }

  /**
   * Every line is one JSON object with Logback's fields; the lines logged while the delivery was
   * handled carry its id, event and installation.
   */
  static void assertJsonLines(Path console, String deliveryId) throws IOException {
    List<JsonNode> delivery = new ArrayList<>();
    for (String line : Files.readAllLines(console, UTF_8)) {
      JsonNode json;
      try {
        json = JSON.readValue(line, JsonNode.class);
      } catch (IOException e) {
        throw new AssertionError("Not a JSON line: " + line, e);
      }
      assertThat(json.isObject()).as(line).isTrue();
      assertThat(json.get("level")).as(line).isNotNull();
      assertThat(json.get("loggerName")).as(line).isNotNull();
      assertThat(json.get("timestamp")).as(line).isNotNull();
      JsonNode mdc = json.get("mdc");
      if (mdc != null
          && mdc.get("deliveryId") != null
          && deliveryId.equals(mdc.get("deliveryId").getStringValue())) {
        delivery.add(json);
      }
    }
    assertThat(delivery)
        .as("Botwright's lines logged while the delivery was handled (the token it minted)")
        .anyMatch(l -> l.get("loggerName").getStringValue().startsWith("dev.botwright."));
    for (JsonNode line : delivery) {
      assertThat(line.get("mdc").get("event").getStringValue()).isEqualTo("issues.opened");
      assertThat(line.get("mdc").get("installationId")).as("installationId").isNotNull();
    }
  }

  private HttpResponse<String> send(URI uri) throws Exception {
    HttpResponse<String> response =
        browser.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString(UTF_8));
    for (String header : response.headers().allValues("Set-Cookie")) {
      String value = HttpCookie.parse(header).get(0).getValue();
      if (value.length() >= 16) {
        cookies.add(value);
      }
    }
    return response;
  }

  private static String query(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name)) {
        return URLDecoder.decode(kv[1], UTF_8);
      }
    }
    throw new AssertionError("No " + name + " in " + uri);
  }
}
