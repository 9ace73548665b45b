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

  @Nullable private String token;
  private String path = DEFAULT_PATH;

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

  @Override
  public String toString() {
    return "AdminConfiguration[path=" + path + ", token=" + (token == null ? "unset" : "set") + "]";
  }
}
