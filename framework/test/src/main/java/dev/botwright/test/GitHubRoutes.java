package dev.botwright.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * GitHub's REST routes, from {@code github-rest-routes.txt} (written by {@code
 * scripts/generate-rest-routes.sh} from GitHub's OpenAPI description), so the fake can refuse calls
 * and test routes that GitHub would answer with 404.
 *
 * <p>Paths may carry GitHub Enterprise Server's {@code /api/v3} prefix. {@code HEAD} is checked as
 * {@code GET}, which GitHub answers for every {@code GET} route.
 */
final class GitHubRoutes {

  private static final String RESOURCE = "github-rest-routes.txt";
  private static final String ENTERPRISE_PREFIX = "/api/v3";
  // A bot that writes with the wrong verb most likely meant another write, not a read.
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** GitHub's GraphQL endpoints, which the REST description does not list. */
  private static final List<String> GRAPHQL = List.of("POST /graphql", "POST /api/graphql");

  private GitHubRoutes() {}

  /** Whether GitHub has a route for this call; {@code path} may include a query string. */
  static boolean exists(String method, String path) {
    String verb = normalMethod(method);
    List<String> segments = RestRoute.segments(normalPath(path));
    return Holder.ROUTES.stream().anyMatch(r -> r.method().equals(verb) && r.matches(segments));
  }

  /**
   * GitHub's route nearest to this call, as {@code "METHOD /path/{param}"}: the fewest differing
   * segments and characters, preferring the same method. Empty when nothing is near.
   */
  static Optional<String> closest(String method, String path) {
    String verb = normalMethod(method);
    List<String> segments = RestRoute.segments(normalPath(path));
    int limit = Math.max(2, segments.size());
    return Holder.ROUTES.stream()
        .map(r -> new Candidate(r, r.distance(segments) + methodCost(verb, r.method())))
        .filter(c -> c.cost() <= limit)
        .min(
            Comparator.comparingInt(Candidate::cost)
                .thenComparingInt(c -> methodCost(verb, c.route().method())))
        .map(c -> c.route().toString());
  }

  /**
   * Fails unless a route template such as {@code "POST /repos/{owner}/{repo}/issues"} names a route
   * GitHub has. Placeholder names are free; each stands for one segment of GitHub's placeholders.
   */
  static void requireTemplate(String route) {
    String trimmed = route.trim();
    int space = trimmed.indexOf(' ');
    if (space <= 0) {
      throw new IllegalArgumentException(
          "Expected a route like \"POST /repos/{owner}/{repo}/issues\" but got \"" + route + "\"");
    }
    String method = trimmed.substring(0, space);
    String path = trimmed.substring(space + 1).trim();
    if (exists(method, path)) {
      return;
    }
    String shown = method.toUpperCase(Locale.ROOT) + " " + path;
    throw new AssertionError(
        closest(method, path)
            .map(c -> "GitHub has no route " + shown + ". Did you mean " + c + "?")
            .orElse(
                "GitHub has no route "
                    + shown
                    + ". Check the method and path in GitHub's REST API reference:"
                    + " https://docs.github.com/rest"));
  }

  private static String normalMethod(String method) {
    String upper = method.trim().toUpperCase(Locale.ROOT);
    return upper.equals("HEAD") ? "GET" : upper;
  }

  static String normalPath(String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    if (bare.startsWith(ENTERPRISE_PREFIX + "/")) {
      bare = bare.substring(ENTERPRISE_PREFIX.length());
    }
    return bare.startsWith("/") ? bare : "/" + bare;
  }

  private static int methodCost(String wanted, String actual) {
    if (wanted.equals(actual)) {
      return 0;
    }
    return WRITES.contains(wanted) && WRITES.contains(actual) ? 1 : 2;
  }

  private record Candidate(RestRoute route, int cost) {}

  /** Reads the list on first use only, so tests that never check a route do not pay for it. */
  private static final class Holder {
    static final List<RestRoute> ROUTES = load();

    private static List<RestRoute> load() {
      List<RestRoute> routes = new ArrayList<>();
      try (InputStream in = GitHubRoutes.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              RESOURCE + " is missing from botwright-test; run scripts/generate-rest-routes.sh");
        }
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            routes.add(RestRoute.parse(line.trim()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + RESOURCE + " from botwright-test", e);
      }
      GRAPHQL.forEach(r -> routes.add(RestRoute.parse(r)));
      return List.copyOf(routes);
    }
  }
}
