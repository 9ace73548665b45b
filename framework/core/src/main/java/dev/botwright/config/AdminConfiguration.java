package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The admin API ({@code botwright.admin.*}): off unless a token is set ({@code
 * BOTWRIGHT_ADMIN_TOKEN}); requests must send it as {@code Authorization: Bearer <token>}.
 */
@ConfigurationProperties("botwright.admin")
public class AdminConfiguration {

  /** Where the admin routes live. */
  public static final String DEFAULT_PATH = "/botwright/admin";

  /** The shortest token accepted at start-up: {@code openssl rand -hex 32} gives 64 characters. */
  public static final int MIN_TOKEN_LENGTH = 32;

  /** Wrong tokens one client address may send within a minute before it gets 429. */
  public static final int DEFAULT_MAX_FAILURES_PER_ADDRESS = 10;

  /** Wrong tokens all addresses together may send within a minute before every client gets 429. */
  public static final int DEFAULT_MAX_FAILURES = 100;

  @Nullable private String token;
  private String path = DEFAULT_PATH;
  private int maxFailuresPerAddress = DEFAULT_MAX_FAILURES_PER_ADDRESS;
  private int maxFailures = DEFAULT_MAX_FAILURES;

  /** The bearer token the admin API requires; the API is off while it is unset. */
  @Nullable
  public String getToken() {
    return token;
  }

  public void setToken(@Nullable String token) {
    this.token = token == null || token.isBlank() ? null : token;
  }

  /** The path prefix of the admin routes ({@code BOTWRIGHT_ADMIN_PATH}). */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path == null || path.isBlank() ? DEFAULT_PATH : path;
  }

  /**
   * Wrong tokens a client address (an IPv6 /64) may send within a minute; then it gets 429 until
   * the minute is over, even with the right token. Default {@value
   * #DEFAULT_MAX_FAILURES_PER_ADDRESS}.
   */
  public int getMaxFailuresPerAddress() {
    return maxFailuresPerAddress;
  }

  public void setMaxFailuresPerAddress(int maxFailuresPerAddress) {
    this.maxFailuresPerAddress = maxFailuresPerAddress;
  }

  /**
   * Wrong tokens all addresses together may send within a minute; then every client gets 429 until
   * the minute is over. Default {@value #DEFAULT_MAX_FAILURES}.
   */
  public int getMaxFailures() {
    return maxFailures;
  }

  public void setMaxFailures(int maxFailures) {
    this.maxFailures = maxFailures;
  }

  @Override
  public String toString() {
    return "AdminConfiguration[path=" + path + ", token=" + (token == null ? "unset" : "set") + "]";
  }
}
