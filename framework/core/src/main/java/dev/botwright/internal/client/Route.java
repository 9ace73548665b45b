package dev.botwright.internal.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A parsed route such as {@code "POST /repos/{owner}/{repo}/issues"}. {@code {name}} placeholders
 * are filled with one URL-encoded segment; {@code {+name}} keeps {@code /} (for file paths).
 */
record Route(String method, String template) {

  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PATCH", "PUT", "DELETE");
  // As octokit: DELETE sends its parameters as a body (removing assignees, deleting a file).
  private static final Set<String> QUERY_METHODS = Set.of("GET", "HEAD");

  /** Parses {@code "METHOD /path"}; refuses absolute URLs so tokens only go to the API host. */
  static Route parse(String route) {
    int space = route == null ? -1 : route.indexOf(' ');
    if (space <= 0) {
      throw new IllegalArgumentException(
          "Expected a route like 'GET /repos/{owner}/{repo}' but got '" + route + "'");
    }
    String method = route.substring(0, space).toUpperCase(Locale.ROOT);
    String path = route.substring(space + 1).trim();
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException(
          "Unknown HTTP method '" + method + "' in route '" + route + "'; use one of " + METHODS);
    }
    if (!path.startsWith("/") || path.startsWith("//")) {
      throw new IllegalArgumentException(
          "Route '"
              + route
              + "' must be a path starting with '/', not an absolute URL: requests only go to"
              + " the configured GitHub API");
    }
    return new Route(method, path);
  }

  /** Whether the remaining parameters go to the query string rather than a JSON body. */
  boolean usesQuery() {
    return QUERY_METHODS.contains(method);
  }

  /** Whether this request changes something, so it is paced per installation. */
  boolean isWrite() {
    return !method.equals("GET") && !method.equals("HEAD");
  }

  @Override
  public String toString() {
    return method + " " + template;
  }

  /**
   * Fills the placeholders and returns the path; the parameters not used by the path are put in
   * {@code rest}.
   */
  String expand(Map<String, ?> parameters, Map<String, Object> rest) {
    Map<String, Object> unused = new LinkedHashMap<>();
    parameters.forEach((k, v) -> unused.put(k, v));
    StringBuilder path = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        path.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("Unclosed '{' in route '" + this + "'");
      }
      path.append(template, i, open);
      String name = template.substring(open + 1, close);
      boolean reserved = name.startsWith("+");
      if (reserved) {
        name = name.substring(1);
      }
      Object value = unused.remove(name);
      if (value == null) {
        throw new IllegalArgumentException(
            "Route '" + this + "' needs the parameter '" + name + "' but it was not given");
      }
      path.append(reserved ? encodePath(value.toString()) : encodeSegment(value.toString()));
      i = close + 1;
    }
    unused.forEach(
        (k, v) -> {
          if (v != null) {
            rest.put(k, v);
          }
        });
    return path.toString();
  }

  static String encodeSegment(String value) {
    if (value.equals(".") || value.equals("..")) {
      // Dot segments would be normalised away and reach a different endpoint.
      return value.replace(".", "%2E");
    }
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String encodePath(String value) {
    String[] segments = value.split("/", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      out.append(i == 0 ? "" : "/").append(encodeSegment(segments[i]));
    }
    return out.toString();
  }
}
