package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;

/**
 * Where GitHub is ({@code botwright.github.*}). The base URL comes only from here, never from a
 * request: {@code GITHUB_API_URL}, or {@code GHE_HOST} with {@code GHE_PROTOCOL} for GitHub
 * Enterprise Server.
 */
@ConfigurationProperties("botwright.github")
public class GitHubApiConfiguration {

  /** GitHub.com's REST API. */
  public static final String DEFAULT_API_URL = "https://api.github.com";

  /** GitHub.com's web site. */
  public static final String DEFAULT_WEB_URL = "https://github.com";

  /** The protocol used with {@code GHE_HOST} unless {@code GHE_PROTOCOL} says otherwise. */
  public static final String DEFAULT_GHE_PROTOCOL = "https";

  @Nullable private String apiUrl;
  @Nullable private String gheHost;
  private String gheProtocol = DEFAULT_GHE_PROTOCOL;
  @Nullable private String org;
  @Nullable private String userAgent;
  @Nullable private String webUrl;

  /** The REST API base URL ({@code GITHUB_API_URL}); default {@value #DEFAULT_API_URL}. */
  @Nullable
  public String getApiUrl() {
    return apiUrl;
  }

  public void setApiUrl(@Nullable String apiUrl) {
    this.apiUrl = AppConfiguration.blankToNull(apiUrl);
  }

  /** A GitHub Enterprise Server host ({@code GHE_HOST}), e.g. {@code github.example.com}. */
  @Nullable
  public String getGheHost() {
    return gheHost;
  }

  public void setGheHost(@Nullable String gheHost) {
    this.gheHost = AppConfiguration.blankToNull(gheHost);
  }

  /** {@code http} or {@code https} for {@link #getGheHost()} ({@code GHE_PROTOCOL}). */
  public String getGheProtocol() {
    return gheProtocol;
  }

  public void setGheProtocol(String gheProtocol) {
    this.gheProtocol =
        gheProtocol == null || gheProtocol.isBlank() ? DEFAULT_GHE_PROTOCOL : gheProtocol;
  }

  /** The organization the app belongs to ({@code GH_ORG}), if any. */
  @Nullable
  public String getOrg() {
    return org;
  }

  public void setOrg(@Nullable String org) {
    this.org = AppConfiguration.blankToNull(org);
  }

  /**
   * The User-Agent sent to GitHub; defaults to {@code micronaut.application.name} followed by
   * {@code (botwright)}, or {@code botwright} when the application has no name.
   */
  @Nullable
  public String getUserAgent() {
    return userAgent;
  }

  public void setUserAgent(@Nullable String userAgent) {
    this.userAgent = AppConfiguration.blankToNull(userAgent);
  }

  /**
   * GitHub's web site ({@code botwright.github.web-url}), where apps are registered; by default
   * derived from the API settings (see {@link #webBaseUrl()}).
   */
  @Nullable
  public String getWebUrl() {
    return webUrl;
  }

  public void setWebUrl(@Nullable String webUrl) {
    this.webUrl = AppConfiguration.blankToNull(webUrl);
  }

  /**
   * The web base URL without a trailing slash: {@code webUrl}, else {@code PROTOCOL://GHE_HOST},
   * else the API URL without {@code /api/v3} (GHES), else {@code https://github.com}.
   */
  public URI webBaseUrl() {
    if (webUrl != null) {
      return URI.create(stripSlash(webUrl));
    }
    if (apiUrl == null && gheHost != null) {
      return URI.create(gheProtocol + "://" + stripSlash(gheHost));
    }
    String rest = restBaseUrl().toString();
    if (rest.endsWith("/api/v3")) {
      return URI.create(rest.substring(0, rest.length() - "/api/v3".length()));
    }
    return URI.create(DEFAULT_WEB_URL);
  }

  /**
   * The REST base URL without a trailing slash: {@code apiUrl}, else {@code
   * PROTOCOL://GHE_HOST/api/v3}, else {@value #DEFAULT_API_URL}.
   */
  public URI restBaseUrl() {
    if (apiUrl != null) {
      return URI.create(stripSlash(apiUrl));
    }
    if (gheHost != null) {
      return URI.create(gheProtocol + "://" + stripSlash(gheHost) + "/api/v3");
    }
    return URI.create(DEFAULT_API_URL);
  }

  /** The GraphQL endpoint: {@code /graphql} on GitHub.com, {@code /api/graphql} on GHES. */
  public URI graphqlUrl() {
    if (apiUrl == null && gheHost != null) {
      return URI.create(gheProtocol + "://" + stripSlash(gheHost) + "/api/graphql");
    }
    String rest = restBaseUrl().toString();
    if (rest.endsWith("/api/v3")) {
      return URI.create(rest.substring(0, rest.length() - "/v3".length()) + "/graphql");
    }
    return URI.create(rest + "/graphql");
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
