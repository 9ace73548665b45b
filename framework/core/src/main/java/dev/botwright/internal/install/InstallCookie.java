package dev.botwright.internal.install;

import dev.botwright.config.SetupConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;

/**
 * The cookie that binds an install state to the browser that asked for it: it holds the nonce of
 * the last install link (or confirmation form) this browser opened, and every callback that carries
 * a state must come with it. {@code Secure} whenever the configured public URL is https (behind a
 * TLS-terminating proxy the request itself is plain HTTP) or the request is TLS, and then named
 * with the {@code __Host-} prefix (Secure, {@code Path=/}, no Domain), so a sibling subdomain
 * cannot plant one; {@code SameSite=Lax}, since GitHub's redirect back is a top-level GET from
 * another site, while a cross-site POST never carries it.
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class InstallCookie {

  static final String NAME = "botwright_install";
  static final String SECURE_NAME = "__Host-" + NAME;

  private final boolean httpsPublicUrl;

  InstallCookie(SetupConfiguration setup) {
    String publicUrl = setup.getPublicUrl();
    this.httpsPublicUrl =
        publicUrl != null && publicUrl.toLowerCase(Locale.ROOT).startsWith("https://");
  }

  /** The cookie holding {@code nonce}, alive as long as the state. */
  Cookie of(HttpRequest<?> request, String nonce, Duration lifetime) {
    return attributes(request, Cookie.of(name(request), nonce)).maxAge(lifetime);
  }

  /** Deletes the cookie once its state is used. */
  Cookie cleared(HttpRequest<?> request) {
    return attributes(request, Cookie.of(name(request), "")).maxAge(0);
  }

  /** Whether this request carries {@code state}'s nonce, i.e. comes from the browser it was for. */
  boolean matches(HttpRequest<?> request, InstallStates.State state) {
    return request
        .getCookies()
        .findCookie(name(request))
        .map(
            cookie ->
                MessageDigest.isEqual(
                    cookie.getValue().getBytes(StandardCharsets.UTF_8),
                    state.nonce().getBytes(StandardCharsets.UTF_8)))
        .orElse(false);
  }

  private boolean secure(HttpRequest<?> request) {
    return httpsPublicUrl || request.isSecure();
  }

  private String name(HttpRequest<?> request) {
    return secure(request) ? SECURE_NAME : NAME;
  }

  private Cookie attributes(HttpRequest<?> request, Cookie cookie) {
    return cookie.httpOnly(true).secure(secure(request)).sameSite(SameSite.Lax).path("/");
  }
}
