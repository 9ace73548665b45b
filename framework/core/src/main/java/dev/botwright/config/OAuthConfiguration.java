package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Signing users in with GitHub ({@code botwright.oauth.*}). The client id and secret are the app's
 * ({@code GITHUB_CLIENT_ID}, {@code GITHUB_CLIENT_SECRET}); session cookies are encrypted with
 * {@code botwright.oauth.session-keys} ({@code BOTWRIGHT_SESSION_KEYS}).
 */
@ConfigurationProperties("botwright.oauth")
public class OAuthConfiguration {

  /** The routes' prefix, the same as Probot's and octokit's. */
  public static final String DEFAULT_PREFIX = "/api/github/oauth";

  /** The session cookie's name. */
  public static final String DEFAULT_COOKIE_NAME = "botwright_session";

  /** How long a session lasts at most before the user signs in again, however active. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);

  /** How long the short-lived access cookie lasts before the refresh cookie renews it. */
  public static final Duration DEFAULT_ACCESS_MAX_AGE = Duration.ofMinutes(15);

  /** How long a session may go unused before the user signs in again. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofHours(1);

  private boolean enabled;
  private String prefix = DEFAULT_PREFIX;
  @Nullable private String redirectUri;
  private List<String> scopes = new ArrayList<>();
  private String cookieName = DEFAULT_COOKIE_NAME;
  private Duration maxAge = DEFAULT_MAX_AGE;
  private Duration accessMaxAge = DEFAULT_ACCESS_MAX_AGE;
  private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
  private boolean secure = true;
  private String sameSite = "Lax";
  private List<String> sessionKeys = new ArrayList<>();
  private boolean tokenRoutes;
  @Nullable private String revocationsFile;

  /** Whether sign-in routes and sessions exist; default false. */
  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** The routes' prefix without a trailing slash; default {@value #DEFAULT_PREFIX}. */
  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    String value = prefix == null || prefix.isBlank() ? DEFAULT_PREFIX : prefix.strip();
    this.prefix = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  /**
   * GitHub's {@code redirect_uri}; default the public URL followed by {@code {prefix}/callback}.
   */
  @Nullable
  public String getRedirectUri() {
    return redirectUri;
  }

  public void setRedirectUri(@Nullable String redirectUri) {
    this.redirectUri = AppConfiguration.blankToNull(redirectUri);
  }

  /** Scopes requested by an OAuth App; GitHub Apps ignore them. */
  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
  }

  /**
   * The access cookie's name; default {@value #DEFAULT_COOKIE_NAME}. The refresh cookie is named
   * the same followed by {@code _refresh}.
   */
  public String getCookieName() {
    return cookieName;
  }

  public void setCookieName(String cookieName) {
    this.cookieName =
        cookieName == null || cookieName.isBlank() ? DEFAULT_COOKIE_NAME : cookieName.strip();
  }

  /** How long a session lasts at most, however active (the absolute timeout); default 7 days. */
  public Duration getMaxAge() {
    return maxAge;
  }

  public void setMaxAge(Duration maxAge) {
    this.maxAge = positive(maxAge, DEFAULT_MAX_AGE);
  }

  /**
   * How long the access cookie lasts (default 15 minutes): a copied access cookie works at most
   * this long; the refresh cookie renews it while the session is active and not revoked.
   */
  public Duration getAccessMaxAge() {
    return accessMaxAge;
  }

  public void setAccessMaxAge(Duration accessMaxAge) {
    this.accessMaxAge = positive(accessMaxAge, DEFAULT_ACCESS_MAX_AGE);
  }

  /**
   * How long a session may go unused before it ends (default 1 hour). Activity slides it, never
   * past {@link #getMaxAge()}; it is measured from the last renewal of the access cookie, which
   * happens once half of the access cookie's life has passed.
   */
  public Duration getIdleTimeout() {
    return idleTimeout;
  }

  public void setIdleTimeout(Duration idleTimeout) {
    this.idleTimeout = positive(idleTimeout, DEFAULT_IDLE_TIMEOUT);
  }

  /** Whether cookies are marked Secure; default true. Set false only for local http. */
  public boolean isSecure() {
    return secure;
  }

  public void setSecure(boolean secure) {
    this.secure = secure;
  }

  /**
   * The access cookie's SameSite attribute: {@code Lax} (default), {@code Strict} or {@code None}.
   * Lax lets GitHub's redirect to the installation setup URL carry the session; with Strict the
   * sign-in callback lands on a same-origin page that moves on by itself. The refresh cookie is
   * always Strict (None when this is None).
   */
  public String getSameSite() {
    return sameSite;
  }

  public void setSameSite(String sameSite) {
    this.sameSite = sameSite == null || sameSite.isBlank() ? "Lax" : sameSite.strip();
  }

  /**
   * Base64 32-byte AES keys ({@code BOTWRIGHT_SESSION_KEYS}, comma-separated): the first encrypts,
   * all decrypt, so a new key is added first and an old one removed later. Never logged.
   */
  public List<String> getSessionKeys() {
    return sessionKeys;
  }

  public void setSessionKeys(List<String> sessionKeys) {
    List<String> keys = new ArrayList<>();
    if (sessionKeys != null) {
      for (String entry : sessionKeys) {
        for (String key : entry == null ? new String[0] : entry.split(",")) {
          if (!key.isBlank()) {
            keys.add(key.strip());
          }
        }
      }
    }
    this.sessionKeys = keys;
  }

  /** Whether octokit's token routes ({@code {prefix}/token} and others) exist; default false. */
  public boolean isTokenRoutes() {
    return tokenRoutes;
  }

  public void setTokenRoutes(boolean tokenRoutes) {
    this.tokenRoutes = tokenRoutes;
  }

  /** A file the revocation list is kept in across restarts; default none (memory only). */
  @Nullable
  public String getRevocationsFile() {
    return revocationsFile;
  }

  public void setRevocationsFile(@Nullable String revocationsFile) {
    this.revocationsFile = AppConfiguration.blankToNull(revocationsFile);
  }

  private static Duration positive(Duration value, Duration fallback) {
    return value == null || value.isNegative() || value.isZero() ? fallback : value;
  }

  @Override
  public String toString() {
    return "OAuthConfiguration[enabled="
        + enabled
        + ", prefix="
        + prefix
        + ", sessionKeys="
        + sessionKeys.size()
        + "]";
  }
}
