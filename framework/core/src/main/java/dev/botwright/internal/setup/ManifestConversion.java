package dev.botwright.internal.setup;

import dev.botwright.config.AppConfiguration;
import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.internal.auth.AuthenticationConfigurationException;
import dev.botwright.internal.auth.PrivateKeys;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Exchanges the code GitHub hands the setup callback for the new app's credentials ({@code POST
 * /app-manifests/{code}/conversions}, unauthenticated) at the configured API base URL.
 */
@Singleton
final class ManifestConversion {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,200}");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final GitHubApiConfiguration github;
  private final JsonMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  ManifestConversion(GitHubApiConfiguration github, JsonMapper json) {
    this.github = github;
    this.json = json;
  }

  /** The registered app's credentials; nothing is written here. */
  Credentials convert(String code) throws SetupException {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new SetupException(
          "GitHub's redirect carried no usable code. Start again from the setup page.");
    }
    URI uri = URI.create(github.restBaseUrl() + "/app-manifests/" + code + "/conversions");
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", "2022-11-28")
            .header(
                "User-Agent", github.getUserAgent() != null ? github.getUserAgent() : "botwright")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new SetupException(
          "GitHub could not be reached at "
              + github.restBaseUrl()
              + " ("
              + e.getClass().getSimpleName()
              + "). Check the network and botwright.github.api-url, then try again.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SetupException("Setup was interrupted while waiting for GitHub.", e);
    }
    int status = response.statusCode();
    if (status == 404 || status == 422) {
      throw new SetupException(
          "GitHub did not accept the registration code ("
              + status
              + "): it expires after an hour and can be used once. Register the app again.");
    }
    if (status / 100 != 2) {
      throw new SetupException(
          "GitHub answered the registration with HTTP " + status + ". Try again in a moment.");
    }
    return parse(response.body());
  }

  private Credentials parse(byte[] body) throws SetupException {
    JsonNode app;
    try {
      app = json.readValue(body, JsonNode.class);
    } catch (IOException e) {
      throw new SetupException("GitHub's answer to the registration was not JSON.", e);
    }
    Credentials credentials =
        new Credentials(
            text(app, "id"),
            text(app, "pem"),
            text(app, "webhook_secret"),
            text(app, "client_id"),
            text(app, "client_secret"),
            text(app, "slug"),
            text(app, "html_url"));
    if (credentials.appId() == null
        || credentials.privateKey() == null
        || credentials.webhookSecret() == null) {
      throw new SetupException(
          "GitHub's answer lacks the app id, private key or webhook secret; nothing was saved."
              + " Register the app again.");
    }
    if (credentials.htmlUrl() != null
        && !credentials.htmlUrl().startsWith("https://")
        && !credentials.htmlUrl().startsWith("http://")) {
      throw new SetupException("GitHub's answer has an html_url that is not a web address.");
    }
    checkKey(credentials.privateKey());
    return credentials;
  }

  static void checkKey(String pem) throws SetupException {
    AppConfiguration probe = new AppConfiguration();
    probe.setPrivateKey(pem);
    try {
      PrivateKeys.load(probe);
    } catch (AuthenticationConfigurationException e) {
      throw new SetupException("The private key cannot be used: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.isNumber() ? value.getNumberValue().toString() : value.coerceStringValue();
    return text == null || text.isBlank() ? null : text;
  }
}
