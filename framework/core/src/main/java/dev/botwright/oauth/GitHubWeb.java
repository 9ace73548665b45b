package dev.botwright.oauth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Internal;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Form posts to GitHub's web OAuth endpoints ({@code /login/oauth/access_token}, {@code
 * /login/device/code}) with {@code Accept: application/json}. Their answers are flat JSON objects,
 * read here into strings. Nothing sent or received is logged.
 *
 * <p>Not API: shared by {@link DeviceFlow}, which bot authors create themselves, and the sign-in
 * flow's token exchange in the engine.
 */
@Internal
public final class GitHubWeb {

  /** Where a code, a device code or a refresh token is traded for a user token. */
  public static final String TOKEN_PATH = "/login/oauth/access_token";

  private static final JsonFactory JSON = new JsonFactory();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI webBase;
  private final HttpClient http;

  /**
   * @param webBase GitHub's web site, e.g. {@code https://github.com}, without a trailing slash
   */
  public GitHubWeb(URI webBase) {
    this.webBase = webBase;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** GitHub's web site this posts to. */
  public URI webBase() {
    return webBase;
  }

  /** One answer: HTTP status and the fields of its JSON object. */
  public record Answer(int status, Map<String, String> fields) {

    /** The field's text, or null. */
    public @Nullable String field(String name) {
      return fields.get(name);
    }

    /** GitHub's OAuth error code ({@code error}), or null. */
    public @Nullable String error() {
      return fields.get("error");
    }

    /** The token GitHub handed out, read from a successful access_token answer. */
    public UserToken token(Instant now) {
      String scope = fields.getOrDefault("scope", "");
      return new UserToken(
          fields.get("access_token"),
          seconds(now, "expires_in"),
          fields.get("refresh_token"),
          seconds(now, "refresh_token_expires_in"),
          scope.isBlank() ? List.of() : Arrays.asList(scope.split("[, ]+")));
    }

    private Instant seconds(Instant now, String field) {
      String value = fields.get(field);
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return now.plusSeconds(Long.parseLong(value));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /**
   * Posts {@code form} to {@code path} on the web host.
   *
   * @throws IOException when GitHub cannot be reached or answers something that is not JSON
   */
  public Answer post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    StringJoiner body = new StringJoiner("&");
    form.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(webBase + path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("User-Agent", "botwright")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    int status = response.statusCode();
    if (status >= 500) {
      return new Answer(status, Map.of());
    }
    return new Answer(status, flat(response.body()));
  }

  /** The scalar fields of a JSON object; nested values are skipped. */
  private static Map<String, String> flat(byte[] json) throws IOException {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("GitHub did not answer with a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          parser.skipChildren();
        } else if (value != JsonToken.VALUE_NULL) {
          fields.put(name, parser.getText());
        }
      }
    }
    return fields;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
