package dev.botwright.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One request the bot made to the {@link FakeGitHub}.
 *
 * @param method the HTTP method
 * @param path the path with its query string
 * @param headers request headers (the {@code Authorization} value is masked)
 * @param body the request body as text
 * @param installationId the installation whose {@link FakeGitHub}-minted token authorised the call,
 *     read from the {@code Authorization} header before it was masked; empty for calls made with
 *     the app's JWT, another token or none
 */
public record Call(
    String method,
    String path,
    Map<String, String> headers,
    String body,
    OptionalLong installationId) {

  /** A call not made with a token of the fake's ({@link #installationId()} empty). */
  public Call(String method, String path, Map<String, String> headers, String body) {
    this(method, path, headers, body, OptionalLong.empty());
  }

  /** The path without its query string. */
  public String pathOnly() {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }

  /** The decoded values of query parameter {@code name}, in order; empty when absent. */
  public List<String> queryParams(String name) {
    int q = path.indexOf('?');
    if (q < 0) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (String pair : path.substring(q + 1).split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        values.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  @Override
  public String toString() {
    return method + " " + path + (body.isEmpty() ? "" : " " + abbreviate(body));
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
