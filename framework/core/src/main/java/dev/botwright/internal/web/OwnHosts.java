package dev.botwright.internal.web;

import dev.botwright.config.OAuthConfiguration;
import dev.botwright.config.SetupConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names this bot answers to, and the check that a request was sent to one of them from one of
 * its own pages. A loopback peer proves nothing: a page on {@code attacker.example} whose name
 * resolves to 127.0.0.1 (DNS rebinding), or a tunnel on this machine, reaches a loopback server
 * with a foreign {@code Host}, and the browser treats the answers as that page's own.
 *
 * <p>Own names: {@code localhost}, {@code 127.0.0.1} and {@code [::1]}, without a port or with the
 * server's, and the host of each configured public URL ({@code botwright.setup.public-url}, {@code
 * botwright.oauth.redirect-uri}) without a port or with that URL's.
 */
@Singleton
@Internal
public final class OwnHosts {

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

  private final List<URI> configured = new ArrayList<>();
  private final BeanProvider<EmbeddedServer> server;

  OwnHosts(
      SetupConfiguration setup, OAuthConfiguration oauth, BeanProvider<EmbeddedServer> server) {
    this.server = server;
    for (String url : new String[] {setup.getPublicUrl(), oauth.getRedirectUri()}) {
      URI uri = url == null ? null : parse(url);
      if (uri != null && uri.getHost() != null && isHttp(uri.getScheme())) {
        configured.add(uri);
      }
    }
  }

  /** Whether {@code host}, a {@code Host} header's value, is one of the bot's own names. */
  public boolean isOwnHost(@Nullable String host) {
    URI authority = host == null || host.isEmpty() ? null : parse("http://" + host);
    if (authority == null
        || authority.getHost() == null
        || authority.getRawUserInfo() != null
        || !host.equalsIgnoreCase(authority.getRawAuthority())) {
      return false;
    }
    return isOwn(null, authority.getHost(), authority.getPort());
  }

  /** Whether the method changes state, so its {@code Origin} must be checked. */
  public static boolean changesState(HttpRequest<?> request) {
    return !SAFE.contains(request.getMethod());
  }

  /**
   * Why {@code request} cannot have come from one of the bot's own pages, or null when it may have:
   * its {@code Origin} is foreign ({@code null} included), or it has none and its {@code Referer}
   * is foreign. A request with neither (a script, GitHub, curl) is not a browser's cross-site
   * request and passes.
   */
  @Nullable
  public String foreignSource(HttpRequest<?> request) {
    String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
    if (origin != null) {
      return isOwnUrl(origin) ? null : "Origin '" + shown(origin) + "'";
    }
    String referer = request.getHeaders().get(HttpHeaders.REFERER);
    if (referer != null) {
      return isOwnUrl(referer) ? null : "Referer '" + shown(referer) + "'";
    }
    return null;
  }

  /** Where the bot answers on this machine: {@code http://localhost:PORT}. */
  public String localBase() {
    return "http://localhost:" + port();
  }

  /**
   * {@code value} as it may be shown on a page or in a log: an attacker writes it, so it is cut to
   * 100 characters and anything outside printable ASCII becomes '?'. Pages escape it too.
   */
  public static String shown(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), 100));
    for (int i = 0; i < value.length() && i < 100; i++) {
      char c = value.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return value.length() > 100 ? out.append("...").toString() : out.toString();
  }

  private boolean isOwnUrl(String url) {
    URI uri = parse(url);
    return uri != null
        && uri.getHost() != null
        && isHttp(uri.getScheme())
        && isOwn(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost(), uri.getPort());
  }

  /**
   * Whether host and port (-1 for none) name this bot; {@code scheme} is null for a {@code Host}
   * header, which does not say it, else the scheme of an {@code Origin} or {@code Referer}.
   */
  private boolean isOwn(@Nullable String scheme, String host, int port) {
    String name = host.toLowerCase(Locale.ROOT);
    if (LOOPBACK.contains(name)) {
      return port == -1 || port == port();
    }
    for (URI url : configured) {
      boolean sameScheme = scheme == null || scheme.equalsIgnoreCase(url.getScheme());
      boolean samePort =
          scheme == null
              ? port == -1 || port == effectivePort(url.getScheme(), url.getPort())
              : effectivePort(scheme, port) == effectivePort(url.getScheme(), url.getPort());
      if (sameScheme && samePort && name.equalsIgnoreCase(url.getHost())) {
        return true;
      }
    }
    return false;
  }

  private int port() {
    return server.isPresent() ? server.get().getPort() : -1;
  }

  private static int effectivePort(String scheme, int port) {
    return port != -1 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }

  private static boolean isHttp(@Nullable String scheme) {
    return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
  }

  @Nullable
  private static URI parse(String url) {
    try {
      return new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
