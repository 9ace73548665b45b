package dev.botwright.internal.setup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.botwright.internal.client.GitHubAnswers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * GitHub's web and API side of the manifest flow on loopback: {@code /settings/apps/new} reads the
 * posted manifest and state and redirects to the manifest's {@code redirect_url} with a code, and
 * {@code POST /app-manifests/{code}/conversions} answers like GitHub with a freshly generated
 * PKCS#1 key. Codes {@code expired-code} (404), {@code used-code} (422) and {@code network-code}
 * (connection reset) fail as GitHub and networks do.
 */
final class FakeGitHubApps implements AutoCloseable {

  static final String CODE = "manifest-code-1";
  static final String APP_ID = "424242";
  static final String CLIENT_ID = "Iv23liSetupTest";
  static final String CLIENT_SECRET = "client-secret-0123456789abcdef";
  static final String WEBHOOK_SECRET = "webhook-secret-from-github-9876";
  static final String SLUG = "botwright-setup-test";

  final KeyPair key = generate();
  final List<Map<String, Object>> manifests = new CopyOnWriteArrayList<>();
  final List<String> states = new CopyOnWriteArrayList<>();
  final WireMockServer server =
      new WireMockServer(
          options().dynamicPort().bindAddress("127.0.0.1").extensions(new Registration()));

  FakeGitHubApps() {
    server.start();
    server.stubFor(
        post(urlPathMatching("(/organizations/[^/]+)?/settings/apps/new"))
            .willReturn(aResponse().withTransformers(Registration.NAME)));
    server.stubFor(
        post(urlPathEqualTo("/app-manifests/" + CODE + "/conversions"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(conversion())));
    server.stubFor(
        post(urlPathEqualTo("/app-manifests/expired-code/conversions"))
            .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"Not Found\"}")));
    server.stubFor(
        post(urlPathEqualTo("/app-manifests/used-code/conversions"))
            .willReturn(
                aResponse().withStatus(422).withBody("{\"message\":\"Validation Failed\"}")));
    server.stubFor(
        post(urlPathEqualTo("/app-manifests/network-code/conversions"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    // What the bot does with the new credentials: mint an installation token, then comment.
    server.stubFor(
        post(urlPathMatching("/app/installations/[0-9]+/access_tokens"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"token\":\"ghs_setupInstallationToken\",\"expires_at\":\""
                            + Instant.now().plusSeconds(3600)
                            + "\"}")));
    server.stubFor(
        post(urlPathMatching("/repos/[^/]+/[^/]+/issues/[0-9]+/comments"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        GitHubAnswers.of(
                            "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"))));
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  String pem() {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(key.getPrivate());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private String conversion() {
    Map<String, Object> app = new LinkedHashMap<>();
    app.put("id", Long.parseLong(APP_ID));
    app.put("slug", SLUG);
    app.put("node_id", "A_kwDOBotwright");
    app.put("owner", Map.of("login", "octocat", "id", 1, "type", "User"));
    app.put("name", "Botwright setup test");
    app.put("description", "");
    app.put("external_url", "https://github.com");
    app.put("html_url", url() + "/apps/" + SLUG);
    app.put("created_at", "2026-01-01T00:00:00Z");
    app.put("updated_at", "2026-01-01T00:00:00Z");
    app.put("permissions", Map.of("issues", "write", "metadata", "read"));
    app.put("events", List.of("issues"));
    app.put("client_id", CLIENT_ID);
    app.put("client_secret", CLIENT_SECRET);
    app.put("webhook_secret", WEBHOOK_SECRET);
    app.put("pem", pem());
    return Json.write(app);
  }

  @Override
  public void close() {
    server.stop();
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** GitHub's "create app from manifest" page, after the user confirmed: back with a code. */
  private final class Registration implements ResponseDefinitionTransformerV2 {

    static final String NAME = "manifest-registration";

    @Override
    @SuppressWarnings("unchecked")
    public ResponseDefinition transform(ServeEvent event) {
      Map<String, String> form = form(event.getRequest().getBodyAsString());
      String state = event.getRequest().queryParameter("state").firstValue();
      String manifestJson = form.get("manifest");
      if (manifestJson == null || state == null) {
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder()
            .withStatus(400)
            .withBody("manifest and state are required")
            .build();
      }
      Map<String, Object> manifest = Json.read(manifestJson, Map.class);
      manifests.add(manifest);
      states.add(state);
      String location =
          manifest.get("redirect_url")
              + "?code="
              + CODE
              + "&state="
              + URLEncoder.encode(state, StandardCharsets.UTF_8);
      return ResponseDefinition.redirectTo(location);
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }

  static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }
}
