package dev.botwright.internal.client;

import java.net.URI;
import java.util.Locale;

/**
 * The configured REST and GraphQL URLs, and the check that a URL GitHub hands back (a pagination
 * link) is on the same scheme, host and port before a token is sent to it.
 */
final class Endpoints {

  private final URI restBase;
  private final URI graphql;

  Endpoints(URI restBase, URI graphql) {
    String base = restBase.toString();
    this.restBase = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.graphql = graphql;
  }

  URI restBase() {
    return restBase;
  }

  URI rest(String encodedPath, String encodedQuery) {
    return URI.create(restBase + encodedPath + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery));
  }

  URI graphql() {
    return graphql;
  }

  /** Parses a URL from GitHub and refuses it unless it is on the configured API host. */
  URI sameOrigin(String url, String route) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "GitHub's next-page link for '" + route + "' is not a valid URL: " + url, e);
    }
    if (!origin(uri).equals(origin(restBase))) {
      throw new IllegalStateException(
          "Refusing to follow the next-page link of '"
              + route
              + "' to "
              + origin(uri)
              + ": it is not the configured GitHub API "
              + origin(restBase)
              + ", so the token would leak. Check botwright.github.api-url");
    }
    return uri;
  }

  private static String origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (port == -1) {
      port = scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + ":" + port;
  }
}
