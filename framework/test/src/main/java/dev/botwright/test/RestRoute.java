package dev.botwright.test;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One route of GitHub's REST API, such as {@code GET /repos/{owner}/{repo}/contents/{path}}, split
 * into path segments. It measures how far a request path is from it: zero when the path is a call
 * to this route.
 *
 * <p>A request path may itself hold {@code {placeholders}} (a route template written in a test);
 * they only match GitHub's placeholders, never a literal segment such as {@code issues}.
 */
record RestRoute(String method, String path, List<String> segments) {

  /**
   * Trailing placeholders whose values GitHub documents as file paths or Git refs, which hold
   * {@code /}: {@code contents/docs/README.md}, {@code git/ref/heads/main}, {@code
   * compare/main...feature/x}.
   */
  private static final Set<String> SLASHED =
      Set.of("path", "dir", "ref", "branch", "basehead", "tag");

  // Costs of the edits that turn a request path into a route, for suggestions only.
  private static final int MISSING_PLACEHOLDER = 1;
  private static final int MISSING_LITERAL = 2;
  private static final int EXTRA_SEGMENT = 2;
  private static final int PLACEHOLDER_FOR_LITERAL = 2;

  static RestRoute parse(String line) {
    int space = line.indexOf(' ');
    String path = line.substring(space + 1);
    return new RestRoute(line.substring(0, space), path, segments(path));
  }

  /** The segments of a path without its leading {@code /}; {@code "/"} has one empty segment. */
  static List<String> segments(String path) {
    return List.of(path.substring(1).split("/", -1));
  }

  /** Whether {@code request} is a call to this route's path. */
  boolean matches(List<String> request) {
    return distance(request, 0) == 0;
  }

  /**
   * The cost of the cheapest edits that make {@code request} a call to this route's path, where
   * each segment a trailing path placeholder takes beyond its first costs one: a loose match on
   * {@code contents/{path}} should not beat a one-letter typo elsewhere.
   */
  int distance(List<String> request) {
    return distance(request, 1);
  }

  private int distance(List<String> request, int costPerExtraSlashedSegment) {
    int n = request.size();
    int m = segments.size();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      d[i][0] = i * EXTRA_SEGMENT;
    }
    for (int j = 1; j <= m; j++) {
      d[0][j] = d[0][j - 1] + missing(segments.get(j - 1));
      for (int i = 1; i <= n; i++) {
        d[i][j] =
            Math.min(
                d[i - 1][j - 1] + substitute(request.get(i - 1), segments.get(j - 1)),
                Math.min(d[i - 1][j] + EXTRA_SEGMENT, d[i][j - 1] + missing(segments.get(j - 1))));
      }
    }
    String last = segments.get(m - 1);
    String lastName = placeholderName(last);
    if (lastName == null || !SLASHED.contains(lastName)) {
      return d[n][m];
    }
    // The trailing placeholder takes every remaining segment; a repository's root is "contents/".
    int best = last.equals("{path}") ? d[n][m - 1] : d[n][m];
    for (int i = 0; i < n; i++) {
      best = Math.min(best, d[i][m - 1] + (n - i - 1) * costPerExtraSlashedSegment);
    }
    return best;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }

  private static int missing(String routeSegment) {
    return isPlaceholder(routeSegment) ? MISSING_PLACEHOLDER : MISSING_LITERAL;
  }

  private static int substitute(String request, String route) {
    if (!isPlaceholder(route)) {
      return isPlaceholder(request) ? PLACEHOLDER_FOR_LITERAL : levenshtein(request, route);
    }
    if (isPlaceholder(request) || placeholderName(route) != null) {
      return request.isEmpty() ? 1 : 0;
    }
    // A segment mixing text and placeholders, such as {base}...{head}.
    return segmentPattern(route).matcher(request).matches() ? 0 : 1;
  }

  private static boolean isPlaceholder(String segment) {
    return segment.indexOf('{') >= 0;
  }

  /** The name of a segment that is exactly one placeholder, else {@code null}. */
  private static @Nullable String placeholderName(String segment) {
    boolean whole = segment.startsWith("{") && segment.endsWith("}") && segment.indexOf('{', 1) < 0;
    return whole ? segment.substring(1, segment.length() - 1) : null;
  }

  private static Pattern segmentPattern(String segment) {
    StringBuilder regex = new StringBuilder();
    for (String part : segment.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? ".+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }

  private static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(previous[j - 1] + change, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
