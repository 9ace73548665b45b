package dev.botwright.test;

import java.util.Map;

/**
 * One request the bot made to the {@link FakeGitHub}.
 *
 * @param method the HTTP method
 * @param path the path with its query string
 * @param headers request headers (the {@code Authorization} value is masked)
 * @param body the request body as text
 */
public record Call(String method, String path, Map<String, String> headers, String body) {

  /** The path without its query string. */
  public String pathOnly() {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }

  @Override
  public String toString() {
    return method + " " + path + (body.isEmpty() ? "" : " " + abbreviate(body));
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
